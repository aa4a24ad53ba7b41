using Licensing.Domain.Common;
using Licensing.Domain.Notifications;

namespace Licensing.Domain.Tests.Notifications;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static OutboxMessage NewMessage() => new(NotificationChannel.Email, "duty@test.example", "Subject", "Body", Now);

    [Fact]
    public void NewMessage_IsPendingAndDueAtOnce()
    {
        var message = NewMessage();
        Assert.Equal(OutboxState.Pending, message.State);
        Assert.Equal(Now, message.NextAttemptAt);
    }

    [Fact]
    public void UnknownChannel_IsRejected()
    {
        var error = Assert.Throws<DomainException>(() => new OutboxMessage("pigeon", "x", "s", "b", Now));
        Assert.Equal(DomainErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Failure_SchedulesARetryWithExponentialBackoff()
    {
        var message = NewMessage();
        message.RecordFailure("smtp down", Now, maxAttempts: 5);
        Assert.Equal(OutboxState.Retrying, message.State);
        Assert.Equal(Now + TimeSpan.FromSeconds(15), message.NextAttemptAt);

        message.RecordFailure("smtp down", Now, maxAttempts: 5);
        Assert.Equal(Now + TimeSpan.FromSeconds(30), message.NextAttemptAt);
        Assert.Equal("smtp down", message.LastError);
    }

    [Fact]
    public void Backoff_IsCappedAtOneHour()
    {
        Assert.Equal(TimeSpan.FromHours(1), OutboxMessage.BackoffAfter(30));
    }

    [Fact]
    public void Failure_AtTheLastAttempt_DeadLetters()
    {
        var message = NewMessage();
        message.RecordFailure("1", Now, maxAttempts: 2);
        message.RecordFailure("2", Now, maxAttempts: 2);
        Assert.Equal(OutboxState.DeadLettered, message.State);
        Assert.Null(message.NextAttemptAt);
    }

    [Fact]
    public void Redeliver_ADeadLetter_MakesItDueAgainWithFreshAttempts()
    {
        var message = NewMessage();
        message.RecordFailure("down", Now, maxAttempts: 1);
        message.Redeliver(Now.AddHours(2));
        Assert.Equal(OutboxState.Pending, message.State);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(Now.AddHours(2), message.NextAttemptAt);
    }

    [Fact]
    public void Redeliver_AMessageThatIsNotDeadLettered_IsAConflict()
    {
        var message = NewMessage();
        message.MarkDelivered(Now);
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => message.Redeliver(Now)).Kind);
    }

    [Fact]
    public void Delivery_CountsTheAttemptAndClearsTheError()
    {
        var message = NewMessage();
        message.RecordFailure("down", Now, maxAttempts: 5);
        message.MarkDelivered(Now.AddMinutes(1));
        Assert.Equal(OutboxState.Delivered, message.State);
        Assert.Equal(2, message.Attempts);
        Assert.Null(message.LastError);
    }

    [Fact]
    public void InboxItem_IsReadOnceAndKeepsTheFirstReadTime()
    {
        var item = new InboxItem(Guid.NewGuid(), "s", "b", Now, Guid.NewGuid());
        item.MarkRead(Now.AddMinutes(1));
        item.MarkRead(Now.AddMinutes(5));
        Assert.Equal(Now.AddMinutes(1), item.ReadAt);
    }
}
