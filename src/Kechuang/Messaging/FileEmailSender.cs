using MimeKit;

namespace Kechuang.Messaging;

/// <summary>
/// The default mail sender: each message as an .eml file under <c>{directory}/mail/</c>, openable in any mail client,
/// so a county without a mail server loses nothing (docs/domain.md §7.11, ADR 0022).
/// </summary>
public sealed class FileEmailSender(MessagingOptions options) : IEmailSender
{
    public async Task SendAsync(Delivery mail, CancellationToken ct)
    {
        var message = SmtpEmailSender.Compose(mail, options.Smtp?.From ?? "kechuang@localhost");
        var folder = Path.Combine(options.Directory, "mail");
        Directory.CreateDirectory(folder);
        await message.WriteToAsync(Path.Combine(folder, mail.Id.ToString("N") + ".eml"), ct);
    }
}

/// <summary>The default SMS sender: one .txt per message under <c>{directory}/sms/</c>, the number on the first line.</summary>
public sealed class FileSmsSender(MessagingOptions options) : ISmsSender
{
    public async Task SendAsync(Delivery sms, CancellationToken ct)
    {
        var folder = Path.Combine(options.Directory, "sms");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, sms.Id.ToString("N") + ".txt"), $"{sms.Address}\n{sms.Subject}\n{sms.Body}\n", ct);
    }
}

/// <summary>Helpers shared by the mail senders.</summary>
internal static class MimeText
{
    public static MimeMessage Message(Delivery mail, string from)
    {
        var message = new MimeMessage { Subject = mail.Subject, Body = new TextPart("plain") { Text = mail.Body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.Address));
        message.MessageId = mail.Id.ToString("N") + "@kechuang";
        return message;
    }
}
