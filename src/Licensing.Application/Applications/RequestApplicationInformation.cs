using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;

namespace Licensing.Application.Applications;

/// <summary>A licensing officer asks the agency for more information on its application under review; the agency is told (ApplicationInformationRequested).</summary>
public static class RequestApplicationInformation
{
    public sealed record Command(string Message);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Message).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.WhatIsMissingOrUnclear));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            application.RequestInformation(command.Message.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
