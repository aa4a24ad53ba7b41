using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Files;
using Licensing.Infrastructure.Persistence;
using Licensing.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Tests.Notifications;

/// <summary>
/// What an event's handler writes commits with the change that raised it, or not at all; an upload is
/// kept only if the record naming it commits; the complainant's SMS goes through the outbox.
/// </summary>
public abstract class DomainEventTransactionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public async Task AnEventRaisedByARejectedTransaction_WritesNothing_AndByACommittedOne_WritesItsNotifications()
    {
        var rejected = NewComplaint(DemoComplaints.FirstCode); // a tracking code taken already: the unique index refuses the save
        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(rejected));
        Assert.Equal(0, await MessagesAboutAsync(rejected.Id));

        var committed = NewComplaint(ComplaintSecrets.NewTrackingCode());
        await SaveAsync(committed);
        Assert.True(await MessagesAboutAsync(committed.Id) > 0);
    }

    [Fact]
    public async Task AnUploadStagedForACommitThatFails_IsNotKept_AndOneForACommitThatSucceeds_IsMovedIntoPlace()
    {
        var (failedKey, _) = await UploadWithComplaintAsync(DemoComplaints.FirstCode);
        var (keptKey, root) = await UploadWithComplaintAsync(ComplaintSecrets.NewTrackingCode());

        Assert.False(File.Exists(Path.Combine(root, failedKey)));
        Assert.False(File.Exists(Path.Combine(root, LocalFileStore.StagingFolder, failedKey)));
        Assert.True(File.Exists(Path.Combine(root, keptKey)));
        Assert.False(File.Exists(Path.Combine(root, LocalFileStore.StagingFolder, keptKey)));
    }

    [Fact]
    public async Task TheComplainantsPin_IsSentBySmsThroughTheOutbox_AndItsTextIsForgottenOnceSent()
    {
        var filed = await FiledComplaint.FileAsync(app, null);
        var created = await app.WithDbAsync(db => db.Complaints.Where(c => c.Id == filed.Id).Select(c => c.ReceivedAt).SingleAsync(Ct));

        var sms = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
                .SingleAsync(m => m.Channel == NotificationChannel.Sms && m.Recipient == FiledComplaint.Phone && m.CreatedAt == created, Ct)),
            m => m.DeliveredAt != null);
        Assert.Equal("", sms.Body);
    }

    private static Complaint NewComplaint(string trackingCode)
    {
        var now = DateTimeOffset.UtcNow;
        return new Complaint(trackingCode, PublicPin.Hash("135790"), null, "A broker (fictitious)",
            new Complainant(FilerRole.Worker, null, null, "Test worker", null, "worker@example.org", null, "KH-1", PreferredContact.Email), false,
            new ComplaintAccount(ComplaintCategory.JobDeception, "Took my money.", null, null, null), ComplaintDesk.Ministry, null,
            now.AddDays(7), now.AddDays(60), new Actor(null, "Complainant", now));
    }

    private async Task SaveAsync(Complaint complaint)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<(string Key, string Root)> UploadWithComplaintAsync(string trackingCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var root = Path.GetFullPath(services.GetRequiredService<IOptions<FileStoreOptions>>().Value.Root!);
        var stored = await services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Png), "photo.png", 1_000_000, Ct);
        var complaint = NewComplaint(trackingCode);
        complaint.AddEvidence(stored, new Actor(null, "Complainant", DateTimeOffset.UtcNow));
        var db = services.GetRequiredService<LicensingDbContext>();
        db.Complaints.Add(complaint);
        try
        {
            await db.SaveChangesAsync(Ct);
        }
        catch (DbUpdateException)
        {
            // The commit failed; the staged file must not stay behind.
        }
        return (stored.StorageKey, root);
    }

    private Task<int> MessagesAboutAsync(Guid complaintId) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey!.Contains(complaintId.ToString()), Ct));
}

public sealed class SqliteDomainEventTransactionTests(SqliteApp app) : DomainEventTransactionTests<SqliteApp>(app);

public sealed class PostgresDomainEventTransactionTests(PostgresApp app) : DomainEventTransactionTests<PostgresApp>(app);
