/** An e-mail to one recipient. Notification mails carry no personal data: what happened and a link. */
export type MailMessage = { to: string; subject: string; text: string };

/**
 * Where the server sends e-mail. No SMTP is needed to run Tsunagu: the default keeps the messages in
 * memory (the last 200), which tests read; a deployment plugs in its own sender.
 */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

/** Keeps sent messages in memory, newest last. */
export class MemoryMailSender implements MailSender {
  readonly sent: MailMessage[] = [];
  constructor(private readonly keep = 200) {}
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
    if (this.sent.length > this.keep) this.sent.splice(0, this.sent.length - this.keep);
  }
}
