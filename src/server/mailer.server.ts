import nodemailer from "nodemailer";
import type { Mailer } from "../core/context";

/**
 * With SMTP_URL set, mail goes out through nodemailer; without it, the message (and so any
 * invitation link) is printed to the log, which is the only place it appears besides the lead's
 * own invitations page.
 */
export function createMailer(
  smtpUrl: string | undefined,
  from: string,
  log: (line: string) => void = console.log,
): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log(`[mail not configured] To: ${mail.to}\nSubject: ${mail.subject}\n${mail.text}`);
        return "logged";
      },
    };
  }
  const transport =
    smtpUrl === "json"
      ? nodemailer.createTransport({ jsonTransport: true })
      : nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
      return "sent";
    },
  };
}
