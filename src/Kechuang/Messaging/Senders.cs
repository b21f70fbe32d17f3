namespace Kechuang.Messaging;

/// <summary>What a sender is handed: the message's id (a file sender names its file by it), where to, and the text.</summary>
public sealed record Delivery(Guid Id, string Address, string Subject, string Body);

/// <summary>Sends e-mail: SMTP through MailKit when configured (<see cref="SmtpEmailSender"/>), else files (<see cref="FileEmailSender"/>).</summary>
public interface IEmailSender
{
    Task SendAsync(Delivery mail, CancellationToken ct);
}

/// <summary>Sends a text message. A county plugs in its SMS gateway here; the default writes files (<see cref="FileSmsSender"/>).</summary>
public interface ISmsSender
{
    Task SendAsync(Delivery sms, CancellationToken ct);
}
