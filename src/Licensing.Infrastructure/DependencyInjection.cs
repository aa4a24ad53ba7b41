using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Infrastructure.Alerts;
using Licensing.Infrastructure.ChangeFeed;
using Licensing.Infrastructure.Documents;
using Licensing.Infrastructure.Files;
using Licensing.Infrastructure.Identity;
using Licensing.Infrastructure.Notifications;
using Licensing.Infrastructure.Persistence;
using Licensing.Infrastructure.Scheduling;
using Licensing.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Licensing.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.ConnectionString = configuration.GetConnectionString("Licensing");
        if (database.Provider == DatabaseProvider.Sqlite && string.IsNullOrEmpty(database.ConnectionString))
        {
            Directory.CreateDirectory(Path.GetFullPath(database.DataDirectory));
        }
        services.AddSingleton(database);
        // Cookies and bearer tokens are protected with this key ring; every instance must share it.
        services.AddDataProtection()
            .SetApplicationName("Licensing")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(database.DataDirectory), "keys")));
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<DomainEventInterceptor>();
        services.AddScoped<ChangeFeedInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<OutboxSignalInterceptor>();
        services.AddSingleton<AlertTransactionInterceptor>();
        services.AddScoped<AlertWakeInterceptor>();
        services.AddScoped<VerificationCacheInterceptor>();
        services.AddScoped<StagedFilesInterceptor>();
        services.AddScoped<RuleSettingsCacheInterceptor>();
        services.AddDbContext<LicensingDbContext>((provider, options) => options
            .UseLicensingDatabase(database)
            .AddInterceptors(
                provider.GetRequiredService<DomainEventInterceptor>(),
                provider.GetRequiredService<ChangeFeedInterceptor>(),
                provider.GetRequiredService<AuditInterceptor>(),
                provider.GetRequiredService<OutboxSignalInterceptor>(),
                provider.GetRequiredService<AlertTransactionInterceptor>(),
                provider.GetRequiredService<AlertWakeInterceptor>(),
                provider.GetRequiredService<VerificationCacheInterceptor>(),
                provider.GetRequiredService<RuleSettingsCacheInterceptor>(),
                provider.GetRequiredService<StagedFilesInterceptor>()));
        services.Configure<RuleSettingsOptions>(configuration.GetSection(RuleSettingsOptions.Section));
        services.AddScoped<ILicensingDb>(provider => provider.GetRequiredService<LicensingDbContext>());
        // For a handler that may answer without the database (from a cache): the unit of work is built on first use.
        services.AddScoped<Func<ILicensingDb>>(provider => provider.GetRequiredService<ILicensingDb>);

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddIdentityCore<ApplicationUser>(ConfigureIdentity)
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<LicensingDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ScopedClaimsPrincipalFactory>();
        services.AddScoped<IAccountSignIn, CookieAccountSignIn>();
        services.AddScoped<ITokenSignIn, BearerTokenSignIn>();
        services.AddScoped<ITwoFactorSetup, TwoFactorSetup>();
        services.AddScoped<IPasswordReset, PasswordReset>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddScoped<UserAccounts>();
        services.AddScoped<IUserAccounts>(provider => provider.GetRequiredService<UserAccounts>());
        services.AddScoped<IUserDirectory>(provider => provider.GetRequiredService<UserAccounts>());
        services.AddScoped<IPanelDirectory, PanelDirectory>();

        services.Configure<FileStoreOptions>(o =>
        {
            configuration.GetSection("Files").Bind(o);
            o.Root ??= Path.Combine(database.DataDirectory, "files");
        });
        services.AddScoped<LocalFileStore>();
        services.AddScoped<IFileStore>(provider => provider.GetRequiredService<LocalFileStore>());
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.Configure<EmailOptions>(o => o.SiteBaseUrl = configuration["PublicBaseUrl"] ?? "");
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<LogOnlySmsSender>();
        services.AddSingleton<ISmsSender>(provider => provider.GetRequiredService<LogOnlySmsSender>());
        services.AddSingleton<ISmsGatewayStatus>(provider => provider.GetRequiredService<LogOnlySmsSender>());
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(provider => provider.GetRequiredService<OutboxSignal>());
        services.AddScoped<IDeliveryChannel, InboxDelivery>();
        services.AddScoped<IDeliveryChannel, EmailDelivery>();
        services.AddScoped<IDeliveryChannel, WebhookDelivery>();
        services.AddScoped<IDeliveryChannel, SubscriptionDelivery>();
        services.AddScoped<IDeliveryChannel, SmsDelivery>();
        services.AddHttpClient(WebhookDelivery.ClientName)
            .AddStandardResilienceHandler(WebhookDelivery.ConfigureResilience)
            .SelectPipelineByAuthority();
        services.Configure<DispatcherOptions>(configuration.GetSection("Notifications"));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        services.AddLiveAlerts(database, configuration);

        services.AddSingleton<ILicenceCertificateRenderer, LicenceCertificatePdf>();
        services.AddSingleton<IDepartureClearanceRenderer, DepartureClearancePdf>();

        services.AddSingleton(configuration.GetSection("Sweeps").Get<SweepOptions>() ?? new SweepOptions());
        services.AddScheduling(database);
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.ClaimsIdentity.EmailClaimType = System.Security.Claims.ClaimTypes.Email;
    }
}
