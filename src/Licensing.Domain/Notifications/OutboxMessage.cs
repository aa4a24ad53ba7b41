using Licensing.Domain.Common;

namespace Licensing.Domain.Notifications;

/// <summary>
/// A notification written in the same transaction as the change that causes it, then delivered
/// at least once by the dispatcher: retried with exponential backoff, dead-lettered after the
/// configured number of attempts, and redeliverable by an administrator.
/// </summary>
public sealed class OutboxMessage : Entity
{
    public static readonly TimeSpan DefaultFirstRetry = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    private OutboxMessage() { }

    public OutboxMessage(string channel, string recipient, string subject, string body, DateTimeOffset now, string? deduplicationKey = null)
    {
        if (!NotificationChannel.All.Contains(channel))
        {
            throw new DomainException(ErrorCodes.ChannelUnknown, DomainErrorKind.Invalid, channel);
        }
        Channel = channel;
        Recipient = recipient;
        Subject = subject;
        Body = body;
        CreatedAt = now;
        NextAttemptAt = now;
        DeduplicationKey = deduplicationKey;
    }

    public string Channel { get; private set; } = "";
    public string Recipient { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Unique when set: a scheduled reminder uses it so that it is written once, whichever instance runs the job.</summary>
    public string? DeduplicationKey { get; private set; }

    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? DeadLetteredAt { get; private set; }
    public string? LastError { get; private set; }

    public OutboxState State =>
        DeliveredAt is not null ? OutboxState.Delivered
        : DeadLetteredAt is not null ? OutboxState.DeadLettered
        : Attempts > 0 ? OutboxState.Retrying
        : OutboxState.Pending;

    public void MarkDelivered(DateTimeOffset now)
    {
        Attempts++;
        DeliveredAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Once a text message is sent, its text is not kept: it may carry a secret such as a complaint's PIN.</summary>
    public void ForgetBody() => Body = "";

    public void RecordFailure(string error, DateTimeOffset now, int maxAttempts, TimeSpan? firstRetry = null)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= maxAttempts)
        {
            DeadLetteredAt = now;
            NextAttemptAt = null;
            return;
        }
        NextAttemptAt = now + BackoffAfter(Attempts, firstRetry);
    }

    /// <summary>An administrator sends a dead-lettered message again.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        if (State != OutboxState.DeadLettered)
        {
            throw new DomainException(ErrorCodes.OutboxNotDeadLettered);
        }
        DeadLetteredAt = null;
        Attempts = 0;
        NextAttemptAt = now;
    }

    /// <summary>The wait before the next attempt, doubling from the first retry up to an hour.</summary>
    public static TimeSpan BackoffAfter(int attempts, TimeSpan? firstRetry = null)
    {
        var delay = (firstRetry ?? DefaultFirstRetry) * Math.Pow(2, Math.Min(attempts - 1, 16));
        return delay < LongestRetry ? delay : LongestRetry;
    }
}

public enum OutboxState
{
    Pending,
    Retrying,
    Delivered,
    DeadLettered,
}
