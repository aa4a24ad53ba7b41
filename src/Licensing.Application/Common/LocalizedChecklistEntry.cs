using FluentValidation;
using Licensing.Application.Texts;

namespace Licensing.Application.Common;

/// <summary>An item of an administrator-managed bilingual checklist (required documents, contract clauses).</summary>
public interface ILocalizedChecklistEntry
{
    string Code { get; }
    string NameKm { get; }
    string NameEn { get; }
    int Order { get; }
}

public abstract class LocalizedChecklistEntryValidator<T> : AbstractValidator<T> where T : ILocalizedChecklistEntry
{
    protected LocalizedChecklistEntryValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(50).Matches("^[a-z0-9-]+$").WithName(_ => Catalogue.Say(Keys.Code));
        RuleFor(c => c.NameKm).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.CommonNameInKhmer));
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.NameInEnglish));
        RuleFor(c => c.Order).InclusiveBetween(0, 1000).WithName(_ => Catalogue.Say(Keys.Order));
    }
}
