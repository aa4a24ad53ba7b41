using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Applications;

namespace Licensing.Application.Applications;

/// <summary>The agency fills in what it states besides the documents.</summary>
public static class FillApplication
{
    public sealed record Command(string ContactPerson, string ContactPhone, string DestinationCountries, decimal? FinancialGuaranteeUsd, string Statement);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ContactPerson).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.ContactPerson));
            RuleFor(c => c.ContactPhone).NotEmpty().ValidPhone(Keys.ContactPhone);
            RuleFor(c => c.DestinationCountries).MaximumLength(100).Matches("^([A-Z]{2})?(,[A-Z]{2})*$").WithName(_ => Catalogue.Say(Keys.DestinationCountries));
            RuleFor(c => c.FinancialGuaranteeUsd).InclusiveBetween(0m, 100_000_000m).When(c => c.FinancialGuaranteeUsd is not null).WithName(_ => Catalogue.Say(Keys.FinancialGuaranteeUSD));
            RuleFor(c => c.Statement).MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.Statement));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            user.EnsureApplicant(application);
            application.Fill(new ApplicationDetails(command.ContactPerson.Trim(), command.ContactPhone.Trim(), command.DestinationCountries ?? "", command.FinancialGuaranteeUsd, command.Statement?.Trim() ?? ""));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
