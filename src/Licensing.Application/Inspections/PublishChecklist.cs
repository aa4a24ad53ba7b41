using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// The versioned inspection checklist: administrators publish a new version (the whole list);
/// inspections already planned keep the version they were created with.
/// </summary>
public static class PublishChecklist
{
    public sealed record ItemInput(string Code, string TextKm, string TextEn, string LegalBasis);

    public sealed record Command(IReadOnlyList<ItemInput> Items);

    public sealed record ItemView(string Code, string TextKm, string TextEn, string LegalBasis);

    public sealed record Checklist(int Version, IReadOnlyList<ItemView> Items);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Items).Cascade(CascadeMode.Stop).NotEmpty().Must(items => items.Select(i => i.Code).Distinct().Count() == items.Count).WithName(_ => Catalogue.Say(Keys.Items));
            RuleForEach(c => c.Items).ChildRules(i =>
            {
                i.RuleFor(x => x.Code).NotEmpty().MaximumLength(64).Matches("^[a-z0-9-]+$");
                i.RuleFor(x => x.TextKm).NotEmpty().MaximumLength(500);
                i.RuleFor(x => x.TextEn).NotEmpty().MaximumLength(500);
                i.RuleFor(x => x.LegalBasis).NotEmpty().MaximumLength(200);
            });
        }
    }

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<Checklist> CurrentAsync(CancellationToken cancellationToken)
        {
            var version = await db.CurrentChecklistVersionAsync(cancellationToken);
            var items = await db.ChecklistItems.AsNoTracking().Where(i => i.TemplateVersion == version).OrderBy(i => i.Order)
                .Select(i => new ItemView(i.Code, i.Text.Km, i.Text.En, i.LegalBasis)).ToListAsync(cancellationToken);
            return new Checklist(version, items);
        }

        public async Task<int> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var version = await db.CurrentChecklistVersionAsync(cancellationToken) + 1;
            db.ChecklistItems.AddRange(command.Items.Select((item, index) =>
                new ChecklistItem(version, item.Code, new LocalizedText(item.TextKm.Trim(), item.TextEn.Trim()), item.LegalBasis.Trim(), index + 1)));
            await db.SaveChangesAsync(cancellationToken);
            return version;
        }
    }
}
