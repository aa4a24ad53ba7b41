using Licensing.Application;
using Licensing.Application.Common;
using Licensing.Application.Security;
using Licensing.Web.Binding;
using Licensing.Web.Confirmations;
using Licensing.Web.Filters;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Licensing.Web;

public static class WebSetup
{
    public static IServiceCollection AddLicensingWeb(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizer, CatalogueLocalizer>();
        services.AddSingleton<ITermNames, CatalogueTermNames>();
        services.AddScoped<ReaderNames>();
        // Khmer written as itself, not as eight-byte character references: pages stay small on slow phone connections.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Khmer, UnicodeRanges.GeneralPunctuation));
        services.AddValidatorsIn(typeof(WebSetup).Assembly);
        services.AddRazorPages(o =>
            {
                // Every page is named here: a folder's policy, or anonymous; signed-in-only folders say so too (ADR-024).
                o.Conventions.AuthorizeFolder("/Admin", Policies.Administrators);
                o.Conventions.AuthorizeFolder("/Account");
                o.Conventions.AuthorizeFolder("/Inbox");
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AllowAnonymousToPage("/Language");
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/TwoFactor");
                o.Conventions.AllowAnonymousToPage("/Account/Denied");
                o.Conventions.AllowAnonymousToPage("/Account/Forgot");
                o.Conventions.AllowAnonymousToPage("/Account/Reset");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToFolder("/Verify");
                o.Conventions.AuthorizeFolder("/AgencyPortal", Policies.AgencyStaff);
                o.Conventions.AuthorizeFolder("/Officer", Policies.LicensingOfficers);
                o.Conventions.AuthorizeFolder("/Inspections", Policies.InspectionStaff);
                o.Conventions.AuthorizeFolder("/JobOrders", Policies.LicensingParticipants);
                o.Conventions.AuthorizePage("/JobOrders/Create", Policies.AgencyStaff);
                o.Conventions.AuthorizeFolder("/Workers", Policies.WorkerViewers);
                o.Conventions.AuthorizePage("/Workers/Register", Policies.AgencyStaff);
                o.Conventions.AuthorizePage("/Workers/Import", Policies.AgencyStaff);
                o.Conventions.AuthorizeFolder("/Alerts", Policies.AlertRecipients);
                o.Conventions.AuthorizeFolder("/Disappearances", Policies.DisappearanceViewers);
                o.Conventions.AuthorizePage("/Disappearances/Report", Policies.DisappearanceParties);
                o.Conventions.AuthorizePage("/Disappearances/Statistics", Policies.AlertRecipients);
                o.Conventions.AllowAnonymousToFolder("/Missing");
                o.Conventions.AuthorizeFolder("/Complaints", Policies.ComplaintStaff);
                o.Conventions.AllowAnonymousToPage("/Complaints/File");
                o.Conventions.AllowAnonymousToPage("/Complaints/Track");
                o.Conventions.AllowAnonymousToPage("/Complaints/Received");
                o.Conventions.AuthorizeFolder("/Evaluations", Policies.EvaluationParticipants);
                o.Conventions.AuthorizePage("/Evaluations/Sanctions", Policies.LicensingParticipants);
                o.Conventions.AuthorizePage("/Evaluations/Sanction", Policies.LicensingParticipants);
                o.Conventions.AuthorizePage("/Evaluations/Impose", Policies.LicensingOfficers);
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<ValidationPageFilter>();
                // Confirmation first: a form asked to confirm has not yet spent its one-time token.
                o.Filters.Add<ConfirmationPageFilter>();
                o.Filters.Add<OneTimeFormFilter>();
                o.ModelBinderProviders.Insert(0, new PhnomPenhTimeBinderProvider());
                o.ModelBinderProviders.Insert(0, new DayBinderProvider());
                o.ModelBinderProviders.Insert(0, new NumberBinderProvider());
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            });
        services.AddSingleton<TrackingTicket>();
        services.AddScoped<HotlineNumber>();
        return services;
    }
}
