import Foundation
import Rendering
import Rules
import Scheduling
import Storage

extension WorkspacePages {
    // MARK: Accounts

    func accounts(_ accounts: [Account], sent: FormFields?, problems: [String: String]) -> [String: Any] {
        let chosen = Set(sent?.all("networks") ?? [])
        var context: [String: Any] = [
            "title": words.table["accounts"]!,
            "accounts": accounts.map { account in
                ["id": account.id, "role": words.role(account.role),
                 "networks": account.networks.map { rules.network($0)?.title.text(language) ?? $0 }.joined(separator: ", "),
                 "person": account.personID.map(personLabel) ?? "–", "self": account.id == self.account.id]
            },
            "newID": sent?["id"] ?? "",
            "roles": Account.Role.allCases.map { ["value": $0.rawValue, "label": words.role($0),
                                                  "selected": $0.rawValue == (sent?["role"] ?? "chair")] },
            "networkChoices": rules.networks.map { ["value": $0.id, "label": $0.title.text(language),
                                                    "checked": chosen.contains($0.id), "id": "network-\($0.id)"] },
            "people": rules.people.keys.sorted().map { ["value": $0, "label": personLabel($0), "selected": $0 == sent?["person"]] },
        ]
        for (field, problem) in problems { context[field + "Problem"] = problem }
        return context
    }
}
