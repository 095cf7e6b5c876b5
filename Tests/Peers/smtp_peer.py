#!/usr/bin/env python3
"""A real SMTP server for the invitation tests, and a reader of what it received.

serve FOLDER PORT USER PASSWORD [DELAY]
    aiosmtpd on 127.0.0.1:PORT with STARTTLS required (a self-signed certificate for
    127.0.0.1, written to FOLDER/cert.pem) and AUTH required (USER, PASSWORD). Each message
    is saved whole, as received, as FOLDER/mail/NNNNNN.eml with the envelope recipients in
    FOLDER/mail/NNNNNN.rcpt; the reply to DATA then waits DELAY seconds (so that a test can
    kill the sender while a message is being handed over). Recipients containing "hylkaa"
    are refused with 550. Writes FOLDER/ready when listening.

read FOLDER [FEED.ics ...]
    Parses every saved message with Python's email and icalendar and prints JSON: the
    messages (headers, MIME structure, METHOD in the Content-Type and in the VCALENDAR,
    UID, SEQUENCE, STATUS, ORGANIZER, ATTENDEEs with ROLE/RSVP/PARTSTAT, attachments, the
    text part) and, for each feed given, its events' UID, SEQUENCE, ORGANIZER and ATTENDEEs.
"""
import asyncio, datetime, ipaddress, json, os, ssl, sys, time


def certificate(folder):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    with open(os.path.join(folder, "cert.pem"), "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(os.path.join(folder, "key.pem"), "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))


def serve(folder, port, user, password, delay):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
    mail = os.path.join(folder, "mail")
    os.makedirs(mail, exist_ok=True)
    certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem"))
    counter = [0]

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, options):
            if "hylkaa" in address:
                return "550 5.1.1 mailbox refused"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            counter[0] += 1
            base = os.path.join(mail, "%06d" % counter[0])
            with open(base + ".tmp", "wb") as f:
                f.write(envelope.original_content)
            os.rename(base + ".tmp", base + ".eml")
            with open(base + ".rcpt", "w") as f:
                f.write("\n".join(envelope.rcpt_tos))
            if delay > 0:
                await asyncio.sleep(delay)
            return "250 2.0.0 queued"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
            and auth_data.password.decode() == password
        return AuthResult(success=ok)

    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticator, auth_required=True,
                            auth_require_tls=True, decode_data=False)
    controller.start()
    with open(os.path.join(folder, "ready"), "w") as f:
        f.write(str(port))
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


def read(folder, feeds):
    import email
    from email import policy
    import icalendar
    mail = os.path.join(folder, "mail")
    messages = []
    for name in sorted(os.listdir(mail)):
        if not name.endswith(".eml"):
            continue
        raw = open(os.path.join(mail, name), "rb").read()
        rcpt = open(os.path.join(mail, name[:-4] + ".rcpt")).read().split("\n")
        m = email.message_from_bytes(raw, policy=policy.default)
        entry = {"file": name, "rcpt": rcpt, "to": str(m["To"]), "from": str(m["From"]),
                 "replyTo": str(m["Reply-To"] or ""), "subject": str(m["Subject"]),
                 "messageID": str(m["Message-ID"]), "contentType": m.get_content_type(),
                 "parts": [], "attachments": [], "text": "", "html": ""}
        for part in m.walk():
            ctype = part.get_content_type()
            entry["parts"].append(ctype)
            if part.get_filename():
                entry["attachments"].append({"name": part.get_filename(), "type": ctype,
                                             "size": len(part.get_payload(decode=True))})
            elif ctype == "text/plain":
                entry["text"] = part.get_content()
            elif ctype == "text/html":
                entry["html"] = part.get_content()
            elif ctype == "text/calendar":
                entry["mimeMethod"] = part.get_param("method")
                cal = icalendar.Calendar.from_ical(part.get_content())
                entry["calMethod"] = str(cal.get("METHOD"))
                entry["timezones"] = [str(t.get("TZID")) for t in cal.walk("VTIMEZONE")]
                events = cal.walk("VEVENT")
                entry["events"] = len(events)
                e = events[0]
                entry["uid"] = str(e.get("UID"))
                entry["sequence"] = int(e.get("SEQUENCE", 0))
                entry["status"] = str(e.get("STATUS"))
                entry["start"] = e.decoded("DTSTART").isoformat()
                entry["organizer"] = str(e.get("ORGANIZER"))
                attendees = e.get("ATTENDEE") or []
                if not isinstance(attendees, list):
                    attendees = [attendees]
                entry["attendees"] = [{"address": str(a), "role": str(a.params.get("ROLE")),
                                       "rsvp": str(a.params.get("RSVP")), "partstat": str(a.params.get("PARTSTAT")),
                                       "cn": str(a.params.get("CN"))} for a in attendees]
        messages.append(entry)
    result = {"messages": messages, "feeds": {}}
    for path in feeds:
        cal = icalendar.Calendar.from_ical(open(path, "rb").read())
        events = {}
        for e in cal.walk("VEVENT"):
            attendees = e.get("ATTENDEE") or []
            if not isinstance(attendees, list):
                attendees = [attendees]
            events[str(e.get("UID"))] = {"sequence": int(e.get("SEQUENCE", 0)), "status": str(e.get("STATUS")),
                                         "organizer": str(e.get("ORGANIZER") or ""),
                                         "attendees": sorted(str(a) for a in attendees),
                                         "roles": {str(a): str(a.params.get("ROLE")) for a in attendees},
                                         "start": e.decoded("DTSTART").isoformat(),
                                         "description": str(e.get("DESCRIPTION") or ""),
                                         "summary": str(e.get("SUMMARY") or ""),
                                         "transp": str(e.get("TRANSP") or "")}
        result["feeds"][path] = events
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], float(sys.argv[6]) if len(sys.argv) > 6 else 0)
    else:
        read(sys.argv[2], sys.argv[3:])
