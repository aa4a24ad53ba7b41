using FluentValidation;
using Licensing.Application.Texts;

namespace Licensing.Application.Webhooks;

/// <summary>What a client gives to make or change a subscription.</summary>
public interface ISubscriptionInput
{
    string Url { get; }
    IReadOnlyList<string>? EventKinds { get; }
}

/// <summary>The address must be absolute http(s) and at least one kind named; the domain checks the kinds and https.</summary>
public abstract class SubscriptionInputValidator<T> : AbstractValidator<T> where T : ISubscriptionInput
{
    protected SubscriptionInputValidator()
    {
        RuleFor(c => c.Url).NotEmpty().MaximumLength(500)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .WithMessage(_ => Catalogue.Say(Keys.GiveAnAbsoluteHttpOrHttps))
            .WithName(_ => Catalogue.Say(Keys.Address));
        RuleFor(c => c.EventKinds).NotEmpty().WithName(_ => Catalogue.Say(Keys.EventKinds));
    }
}
