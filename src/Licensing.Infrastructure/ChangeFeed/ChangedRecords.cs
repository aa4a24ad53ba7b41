using Licensing.Domain.Agencies;
using Licensing.Domain.Changes;
using Licensing.Domain.Licences;
using Licensing.Domain.Workers;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Licensing.Infrastructure.ChangeFeed;

/// <summary>A record whose representation a save changes, with the scope it belongs to.</summary>
public sealed record ChangedRecord(ChangeKind Kind, Guid RecordId, ChangeOperation Operation, Guid AgencyId, string? CountryCode);

/// <summary>
/// The feed's records a save changes, read from what it is about to write: a licence changes its own record and its
/// agency's (which shows the licence); a branch or PDOT centre its agency's; a deployment, its fees, services, cases
/// and clearances their worker's; a job order the workers deployed under it (each shows the order); an agency's name
/// or a centre of its agency every licence and worker showing it; a licence, too, the workers its agency is preparing
/// (what they still miss before departure names the licence's status).
/// </summary>
public sealed class ChangedRecords
{
    private readonly List<ChangedRecord> _records = [];
    private readonly HashSet<Guid> _deployments = [];
    private readonly HashSet<Guid> _jobOrders = [];
    private readonly HashSet<Guid> _renamedAgencies = [];
    private readonly HashSet<Guid> _licensedAgencies = [];

    private ChangedRecords() { }

    public bool IsEmpty => _records.Count == 0 && _deployments.Count == 0 && _jobOrders.Count == 0 && _renamedAgencies.Count == 0 && _licensedAgencies.Count == 0;

    public static ChangedRecords In(DbContext context)
    {
        var changed = new ChangedRecords();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            changed.Add(entry);
        }
        return changed;
    }

    /// <summary>Every changed record, one line each, with the records the save changes through others found in the database.</summary>
    public async Task<IReadOnlyList<ChangedRecord>> ResolveAsync(LicensingDbContext db, CancellationToken cancellationToken)
    {
        var records = new List<ChangedRecord>(_records);
        if (_deployments.Count > 0 || _jobOrders.Count > 0 || _licensedAgencies.Count > 0)
        {
            records.AddRange(await db.Deployments.AsNoTracking()
                .Where(d => _deployments.Contains(d.Id) || _jobOrders.Contains(d.JobOrderId) || (_licensedAgencies.Contains(d.AgencyId) && d.Status == DeploymentStatus.Preparing))
                .Select(d => new ChangedRecord(ChangeKind.Worker, d.WorkerId, ChangeOperation.Upsert, d.AgencyId, d.CountryCode))
                .ToListAsync(cancellationToken));
        }
        if (_renamedAgencies.Count > 0)
        {
            records.AddRange(await db.Licences.AsNoTracking().Where(l => _renamedAgencies.Contains(l.AgencyId))
                .Select(l => new ChangedRecord(ChangeKind.Licence, l.Id, ChangeOperation.Upsert, l.AgencyId, null)).ToListAsync(cancellationToken));
            records.AddRange(await db.Workers.AsNoTracking().Where(w => _renamedAgencies.Contains(w.AgencyId))
                .Select(w => new ChangedRecord(ChangeKind.Worker, w.Id, ChangeOperation.Upsert, w.AgencyId, null)).ToListAsync(cancellationToken));
        }
        return records.GroupBy(r => (r.Kind, r.RecordId)).Select(g => g.FirstOrDefault(r => r.Operation == ChangeOperation.Delete) ?? g.First()).ToList();
    }

    private void Add(EntityEntry entry)
    {
        var operation = entry.State == EntityState.Deleted ? ChangeOperation.Delete : ChangeOperation.Upsert;
        switch (entry.Entity)
        {
            case Licence l:
                _records.Add(new ChangedRecord(ChangeKind.Licence, l.Id, operation, l.AgencyId, null));
                _records.Add(new ChangedRecord(ChangeKind.Agency, l.AgencyId, ChangeOperation.Upsert, l.AgencyId, null));
                _licensedAgencies.Add(l.AgencyId);
                break;
            case Agency a:
                _records.Add(new ChangedRecord(ChangeKind.Agency, a.Id, operation, a.Id, null));
                if (entry.State == EntityState.Modified && entry.ComplexProperty(nameof(Agency.Name)).Properties.Any(p => p.IsModified)) _renamedAgencies.Add(a.Id);
                break;
            case Branch b:
                _records.Add(new ChangedRecord(ChangeKind.Agency, b.AgencyId, ChangeOperation.Upsert, b.AgencyId, null));
                break;
            case TrainingCentre c:
                _records.Add(new ChangedRecord(ChangeKind.Agency, c.AgencyId, ChangeOperation.Upsert, c.AgencyId, null));
                if (entry.State != EntityState.Added) _renamedAgencies.Add(c.AgencyId);
                break;
            case Worker w:
                _records.Add(new ChangedRecord(ChangeKind.Worker, w.Id, operation, w.AgencyId, null));
                break;
            case Deployment d:
                _records.Add(new ChangedRecord(ChangeKind.Worker, d.WorkerId, ChangeOperation.Upsert, d.AgencyId, d.CountryCode));
                break;
            case DeploymentFee or OnSiteService or RepatriationCase or DepartureClearance:
                _deployments.Add((Guid)entry.Property(nameof(DeploymentFee.DeploymentId)).CurrentValue!);
                break;
            case JobOrder o when entry.State == EntityState.Modified:
                _jobOrders.Add(o.Id);
                break;
        }
    }
}
