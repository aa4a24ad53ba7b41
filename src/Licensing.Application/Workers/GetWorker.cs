using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Audit;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// A worker's full record: identity (masked for embassy and provincial officers), every
/// deployment the caller may see with what is still missing before departure, and the whole
/// timeline. Each view is written to the audit trail.
/// </summary>
public static class GetWorker
{
    public sealed record Condition(string Code, string Message);

    public sealed record JobOrderSummary(Guid Id, string CountryCode, string EmployerName, string SectorCode, string Occupation, JobOrderStatus Status);

    public sealed record Training(Guid TrainingCentreId, string? TrainingCentreName, DateOnly CompletedOn, decimal Hours, IReadOnlyList<string> Topics);

    public sealed record Contract(DateOnly SignedOn, IReadOnlyList<string> Clauses);

    public sealed record ContractFile(string FileName, long SizeBytes, string Sha256);

    public sealed record Fee(Guid Id, string Description, decimal AmountUsd, DateOnly PaidOn, string ReceiptNumber);

    public sealed record Fees(IReadOnlyList<Fee> Items, decimal TotalUsd, decimal? LimitUsd, bool AboveLimit);

    public sealed record Contact(Guid Id, DateOnly ContactedOn, ContactChannel Channel, string Notes, string? Problem, string? Resolution, string RecordedBy);

    public sealed record Repatriation(Guid Id, RepatriationReason Reason, RepatriationRequester RequestedBy, RepatriationPayer PaidBy, RepatriationStatus Status,
        DateOnly? ReturnDate, string? Notes, DateTimeOffset OpenedAt);

    /// <summary>A departure clearance of the deployment, with its status as of today.</summary>
    public sealed record Clearance(Guid Id, string Number, ClearanceStatus Status, DateOnly IssuedOn, DateOnly ValidUntil, DateOnly? UsedOn);

    /// <summary>Fees and SignedContract are null for callers who may not see them (embassy officers).</summary>
    public sealed record DeploymentView(
        Guid Id, JobOrderSummary JobOrder, DeploymentStatus Status, DateTimeOffset CreatedAt, MedicalCheck? Medical, Training? Orientation,
        Contract? Contract, ContractFile? SignedContract, TravelDocuments? Travel, Departure? Departure, DateOnly? ArrivedOn, ReturnRecord? Return,
        Fees? Fees, IReadOnlyList<Contact> OnSiteServices, IReadOnlyList<Repatriation> Repatriations, IReadOnlyList<Condition> MissingBeforeDeparture,
        IReadOnlyList<Clearance> Clearances);

    public sealed record Detail(
        Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, string NameKm, string NameLatin, Sex Sex, DateOnly DateOfBirth,
        string NationalId, string? PassportNumber, bool IdentityMasked, HomeAddress Home, string Phone, EmergencyContact EmergencyContact,
        DateTimeOffset RegisteredAt, IReadOnlyList<DeploymentView> Deployments, IReadOnlyList<WorkerTimeline.Entry> Timeline);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules, BusinessCalendar calendar)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var worker = await db.VisibleWorkers(user).SingleOrDefaultAsync(w => w.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            var deployments = await db.VisibleDeployments(user).Where(d => d.WorkerId == id)
                .Include(d => d.Fees).Include(d => d.OnSiteServices).Include(d => d.Repatriations)
                .OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
            var orderIds = deployments.Select(d => d.JobOrderId).ToList();
            var orders = await db.JobOrders.AsNoTracking().Where(o => orderIds.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => new JobOrderSummary(o.Id, o.Offer.CountryCode, o.Offer.EmployerName, o.Offer.SectorCode, o.Offer.Occupation, o.Status), cancellationToken);
            var agency = await db.Agencies.AsNoTracking().Include(a => a.TrainingCentres).SingleAsync(a => a.Id == worker.AgencyId, cancellationToken);
            var limit = (await rules.GetAsync(db, cancellationToken)).MaximumRecruitmentFeeUsd;
            var today = calendar.Today;
            var deploymentIds = deployments.Select(d => d.Id).ToList();
            var clearances = (await db.DepartureClearances.AsNoTracking().Where(c => deploymentIds.Contains(c.DeploymentId)).OrderBy(c => c.IssuedAt).ToListAsync(cancellationToken))
                .ToLookup(c => c.DeploymentId, c => new Clearance(c.Id, c.Number, c.StatusOn(today), c.IssuedOn, c.ValidUntil, c.UsedOn));

            var views = new List<DeploymentView>();
            foreach (var d in deployments)
            {
                var missing = d.Status == DeploymentStatus.Preparing
                    ? d.MissingBeforeDeparture(await db.DepartureContextAsync(rules, d, cancellationToken), today).Select(m => new Condition(m.Code, Catalogue.Words(m, CultureInfo.CurrentUICulture.Name))).ToList()
                    : [];
                views.Add(View(d, orders[d.JobOrderId], agency.TrainingCentres.FirstOrDefault(c => c.Id == d.Orientation?.TrainingCentreId)?.Name, limit, missing, clearances[d.Id].ToList()));
            }

            var masked = !user.SeesIdentityNumbers();
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.UserId, user.Email, "Viewed", nameof(Worker), id.ToString(), masked ? "{\"identity\":\"masked\"}" : "{}"));
            await db.SaveChangesAsync(cancellationToken);

            return new Detail(
                worker.Id, worker.AgencyId, agency.Name.Km, agency.Name.En, worker.NameKm, worker.NameLatin, worker.Sex, worker.DateOfBirth,
                masked ? IdentityNumbers.Mask(worker.NationalId)! : worker.NationalId, masked ? IdentityNumbers.Mask(worker.PassportNumber) : worker.PassportNumber, masked,
                worker.Home, worker.Phone, worker.EmergencyContact, worker.RegisteredAt, views, WorkerTimeline.Of(worker.RegisteredAt, views));
        }

        private DeploymentView View(Deployment d, JobOrderSummary order, string? centreName, decimal? limit, IReadOnlyList<Condition> missing, IReadOnlyList<Clearance> clearances)
        {
            var seesPrivate = user.SeesFeesAndDocuments();
            return new DeploymentView(
                d.Id, order, d.Status, d.CreatedAt, d.Medical,
                d.Orientation is { } o ? new Training(o.TrainingCentreId, centreName, o.CompletedOn, o.Hours, o.TopicCodes) : null,
                d.Contract is { } c ? new Contract(c.SignedOn, c.ClauseCodes) : null,
                seesPrivate && d.SignedContract is { } f ? new ContractFile(f.FileName, f.SizeBytes, f.Sha256) : null,
                d.Travel, d.Departure, d.ArrivedOn, d.Return,
                seesPrivate ? new Fees(d.Fees.OrderBy(x => x.PaidOn).Select(x => new Fee(x.Id, x.Description, x.AmountUsd, x.PaidOn, x.ReceiptNumber)).ToList(), d.TotalFeesUsd, limit, d.TotalFeesUsd > limit) : null,
                d.OnSiteServices.OrderBy(s => s.ContactedOn).Select(s => new Contact(s.Id, s.ContactedOn, s.Channel, s.Notes, s.Problem, s.Resolution, s.RecordedBy)).ToList(),
                d.Repatriations.OrderBy(r => r.OpenedAt).Select(r => new Repatriation(r.Id, r.Reason, r.RequestedBy, r.PaidBy, r.Status, r.ReturnDate, r.Notes, r.OpenedAt)).ToList(),
                missing, clearances);
        }
    }
}
