using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Kechuang.Messaging;

/// <summary>Mail through the bureau's SMTP server with MailKit (ADR 0022); a refusal throws and the outbox retries.</summary>
public sealed class SmtpEmailSender(MessagingOptions options) : IEmailSender
{
    public async Task SendAsync(Delivery mail, CancellationToken ct)
    {
        var smtp = options.Smtp ?? throw new InvalidOperationException("未配置 SMTP 服务器（Kechuang:Smtp:Host）");
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }
        await client.SendAsync(Compose(mail, smtp.From), ct);
        await client.DisconnectAsync(true, ct);
    }

    public static MimeMessage Compose(Delivery mail, string from) => MimeText.Message(mail, from);
}
