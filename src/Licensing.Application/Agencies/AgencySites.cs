using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Agencies;

/// <summary>What adding a branch or a PDOT training centre takes, and the one way an agency's sites are changed.</summary>
public static class AgencySites
{
    public sealed record SiteCommand(string Name, string Address, string ProvinceCode, int? Capacity = null);

    public sealed class Validator : AbstractValidator<SiteCommand>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.Name));
            RuleFor(c => c.Address).ValidAddressLine();
            RuleFor(c => c.ProvinceCode).ValidProvince();
            RuleFor(c => c.Capacity).InclusiveBetween(1, 10_000).When(c => c.Capacity is not null).WithName(_ => Catalogue.Say(Keys.Capacity));
        }
    }

    /// <summary>An agency's staff change their own agency's sites; a licensing officer any agency's.</summary>
    internal static async Task<Guid> ChangeSitesAsync(
        this ILicensingDb db, ICurrentUser user, Guid agencyId, string? provinceCode, Func<Agency, Guid> change, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.VisibleTo(user).Include(a => a.Branches).Include(a => a.TrainingCentres)
            .SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken) ?? throw DomainException.NotFound();
        if (!user.IsLicensingOfficer() && user.AgencyId != agencyId) throw DomainException.NotFound();
        if (provinceCode is not null) await db.EnsureProvinceExistsAsync(provinceCode, cancellationToken);
        var id = change(agency);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }
}
