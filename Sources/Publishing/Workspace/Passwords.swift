import HummingbirdBcrypt

/// Passwords are kept only as bcrypt hashes (hummingbird-auth's bcrypt).
public enum Passwords {
    /// bcrypt's cost: 2^12 rounds, about a quarter of a second here; tests may lower it.
    public static let cost: UInt8 = 12

    /// Shorter passwords are refused.
    public static let minimumLength = 10

    public static func hash(_ password: String, cost: UInt8 = Passwords.cost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// Verified when no such account exists, so that an unknown name takes as long to refuse as a wrong password.
    static let decoy = Bcrypt.hash("no such account", cost: cost)
}
