using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Agencies;

/// <summary>An agency's staff (or an officer) add and remove branches and PDOT training centres.</summary>
public static class ManageSites
{
    public sealed record SiteCommand(string Name, string Address, string ProvinceCode, int? Capacity = null);

    public sealed class Validator : AbstractValidator<SiteCommand>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200).WithName(_ => Text.Pick("Name", "ឈ្មោះ"));
            RuleFor(c => c.Address).ValidAddressLine();
            RuleFor(c => c.ProvinceCode).ValidProvince();
            RuleFor(c => c.Capacity).InclusiveBetween(1, 10_000).When(c => c.Capacity is not null).WithName(_ => Text.Pick("Capacity", "ចំនួនសិក្ខាកាមអតិបរមា"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public Task<Guid> AddBranchAsync(Guid agencyId, SiteCommand command, CancellationToken cancellationToken) =>
            ChangeAsync(agencyId, command.ProvinceCode, a => a.AddBranch(command.Name.Trim(), new Address(command.Address.Trim(), command.ProvinceCode)).Id, cancellationToken);

        public Task<Guid> AddTrainingCentreAsync(Guid agencyId, SiteCommand command, CancellationToken cancellationToken)
        {
            if (command.Capacity is null)
            {
                throw new DomainException(ErrorCodes.CapacityMissing, Text.Pick("A training centre needs its capacity.", "មជ្ឈមណ្ឌលបណ្តុះបណ្តាលត្រូវមានចំនួនសិក្ខាកាមអតិបរមា។"), DomainErrorKind.Invalid);
            }
            return ChangeAsync(agencyId, command.ProvinceCode, a => a.AddTrainingCentre(command.Name.Trim(), new Address(command.Address.Trim(), command.ProvinceCode), command.Capacity.Value).Id, cancellationToken);
        }

        public Task RemoveBranchAsync(Guid agencyId, Guid branchId, CancellationToken cancellationToken) =>
            ChangeAsync(agencyId, null, a => { a.RemoveBranch(branchId); return branchId; }, cancellationToken);

        public Task RemoveTrainingCentreAsync(Guid agencyId, Guid centreId, CancellationToken cancellationToken) =>
            ChangeAsync(agencyId, null, a => { a.RemoveTrainingCentre(centreId); return centreId; }, cancellationToken);

        private async Task<Guid> ChangeAsync(Guid agencyId, string? provinceCode, Func<Agency, Guid> change, CancellationToken cancellationToken)
        {
            var agency = await db.Agencies.VisibleTo(user).Include(a => a.Branches).Include(a => a.TrainingCentres)
                .SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken) ?? throw DomainException.NotFound("Agency");
            if (!user.IsLicensingOfficer() && user.AgencyId != agencyId) throw DomainException.NotFound("Agency");
            if (provinceCode is not null) await db.EnsureProvinceExistsAsync(provinceCode, cancellationToken);
            var id = change(agency);
            await db.SaveChangesAsync(cancellationToken);
            return id;
        }
    }
}
