using System.Security.Cryptography;
using Licensing.Application.Abstractions;
using Licensing.Application.Applications;
using Licensing.Application.Common;
using Licensing.Application.Evaluations;
using Licensing.Application.Settings;
using Licensing.Domain.Calendar;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Licensing.Domain.Licences;
using Licensing.Domain.Settings;
using Licensing.Infrastructure.ChangeFeed;
using Licensing.Infrastructure.Identity;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Seeding;

/// <summary>What start-up did, for the console banner.</summary>
public sealed record InitializationReport(IReadOnlyList<string> DemoLogins, string? DemoPassword, string? BootstrapAdministrator, string? BootstrapPassword);

/// <summary>Applies migrations, seeds reference data and settings, and either demo data or a first administrator.</summary>
public sealed class DatabaseInitializer(
    LicensingDbContext db, DatabaseOptions options, UserManager<ApplicationUser> users, RoleManager<ApplicationRole> roles, IFileStore files, TimeProvider clock, RuleSettingsCache rules)
{
    public const string BootstrapAdministratorEmail = "admin@licensing.example";

    public async Task<InitializationReport> InitializeAsync(string? demoPassword, CancellationToken cancellationToken)
    {
        if (options.ApplyMigrationsOnStartup)
        {
            await db.ApplyMigrationsAsync(cancellationToken);
        }
        await ChangeFeedBaseline.WriteAsync(db, cancellationToken);
        await SeedReferenceDataAsync(cancellationToken);
        if (demoPassword is not null)
        {
            await SeedDemoAsync(demoPassword, cancellationToken);
            return new InitializationReport(DemoUsers.All.Select(u => $"{u.Email} ({u.Role})").ToList(), demoPassword, null, null);
        }
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return new InitializationReport([], null, null, null);
        }
        var password = GeneratePassword();
        await CreateUserAsync(new DemoUsers.DemoUser(BootstrapAdministratorEmail, "Administrator", Roles.Administrator), null, password);
        return new InitializationReport([], null, BootstrapAdministratorEmail, password);
    }

    private async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new ApplicationRole(role));
        }
        await AddMissingAsync(db.Countries, ReferenceData.Countries(), c => c.Code, cancellationToken);
        await AddMissingAsync(db.Provinces, ReferenceData.Provinces(), p => p.Code, cancellationToken);
        await AddMissingAsync(db.Sectors, ReferenceData.Sectors(), s => s.Code, cancellationToken);
        if (!await db.DocumentRequirements.AnyAsync(cancellationToken))
        {
            db.DocumentRequirements.AddRange(ReferenceData.DocumentRequirements());
        }
        if (!await db.ChecklistItems.AnyAsync(cancellationToken))
        {
            db.ChecklistItems.AddRange(ReferenceData.InspectionChecklist());
        }
        if (!await db.ContractClauses.AnyAsync(cancellationToken))
        {
            db.ContractClauses.AddRange(ReferenceData.ContractClauses());
        }
        await AddMissingAsync(db.Settings, SettingCatalog.All.Select(d => new Setting(d)).ToList(), s => s.Key, cancellationToken);
        if (!await db.DeploymentRestrictions.AnyAsync(cancellationToken))
        {
            db.DeploymentRestrictions.Add(ReferenceData.MalaysiaDomesticWork());
        }
        if (!await db.PublicHolidays.AnyAsync(cancellationToken))
        {
            var year = PhnomPenh.DateOf(clock.GetUtcNow()).Year;
            db.PublicHolidays.AddRange(NationalHolidays.Of(year).Concat(NationalHolidays.Of(year + 1)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddMissingAsync<T>(DbSet<T> set, IReadOnlyList<T> items, Func<T, string> key, CancellationToken cancellationToken) where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet();
        set.AddRange(items.Where(i => !existing.Contains(key(i))));
    }

    private async Task SeedDemoAsync(string password, CancellationToken cancellationToken)
    {
        if (!await db.Agencies.AnyAsync(cancellationToken))
        {
            var termMonths = (await rules.GetAsync(db, cancellationToken)).LicenceTermMonths;
            var today = PhnomPenh.DateOf(clock.GetUtcNow());
            foreach (var (agency, licence) in DemoAgencies.Create(today, termMonths))
            {
                db.Agencies.Add(agency);
                db.Licences.Add(licence);
            }
            var (publicAgency, publicLicence) = DemoPublicAgency.Create(today, termMonths);
            db.Agencies.Add(publicAgency);
            db.Licences.Add(publicLicence);
            var required = await db.RequiredDocumentCodesAsync(cancellationToken);
            foreach (var (agency, application) in await DemoApplications.CreateAsync(files, required, clock.GetUtcNow(), cancellationToken))
            {
                db.Agencies.Add(agency);
                db.LicenceApplications.Add(application);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.JobOrders.AnyAsync(cancellationToken))
        {
            await SeedDemoWorkersAsync(cancellationToken);
        }
        var firstAgency = await db.Agencies.OrderBy(a => a.RegistrationNumber).Select(a => a.Id).FirstAsync(cancellationToken);
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByEmailAsync(demo.Email) is null)
            {
                await CreateUserAsync(demo, demo.FirstAgency ? firstAgency : null, password);
            }
        }
        if (!await db.Inspections.AnyAsync(cancellationToken))
        {
            var inspector = await users.FindByEmailAsync(DemoUsers.All.Single(u => u.Role == Roles.Inspector).Email);
            var agencies = await db.Agencies.OrderBy(a => a.RegistrationNumber).Take(4).ToListAsync(cancellationToken);
            var checklist = await db.ChecklistItems.Where(i => i.TemplateVersion == 1).OrderBy(i => i.Order).Select(i => i.Code).ToListAsync(cancellationToken);
            db.Inspections.AddRange(DemoInspections.Create(agencies, new Inspector(inspector!.Id, inspector.FullName), checklist, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.Complaints.AnyAsync(cancellationToken))
        {
            var agencies = await db.Agencies.OrderBy(a => a.RegistrationNumber).Take(3).ToListAsync(cancellationToken);
            db.Complaints.AddRange(DemoComplaints.Create(agencies, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.Evaluations.AnyAsync(cancellationToken))
        {
            await SeedDemoEvaluationsAsync(firstAgency, cancellationToken);
        }
    }

    /// <summary>Agencies after the first (whose staff include the private-sector demo member) with an active licence.</summary>
    private async Task SeedDemoEvaluationsAsync(Guid firstAgency, CancellationToken cancellationToken)
    {
        var agencies = await db.Licences.Where(l => l.Status == LicenceStatus.Active && l.AgencyId != firstAgency)
            .Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => a)
            .OrderBy(a => a.RegistrationNumber).Select(a => a.Id).Take(3).ToListAsync(cancellationToken);
        var panel = new List<PanelCandidate>();
        foreach (var sector in Enum.GetValues<PanelSector>())
        {
            var member = await db.Users.Where(u => u.PanelSector == sector && u.Email!.EndsWith("@licensing.example")).OrderBy(u => u.Email).FirstAsync(cancellationToken);
            panel.Add(new PanelCandidate(member.Id, member.FullName, sector, member.AgencyId));
        }
        var demo = DemoEvaluations.Create(agencies, panel, (await rules.GetAsync(db, cancellationToken)).EvaluationBandThresholds, clock.GetUtcNow());
        db.Evaluations.AddRange(demo.Evaluations);
        db.Rewards.AddRange(demo.Rewards);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDemoWorkersAsync(CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.Include(a => a.TrainingCentres).OrderBy(a => a.RegistrationNumber).FirstAsync(cancellationToken);
        var clauses = await db.ContractClauses.Where(c => c.Active).OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var content = "%PDF-1.4\n% demo signed placement contract\n%%EOF\n"u8.ToArray();
        var contract = await files.SaveAsync(new MemoryStream(content), "signed-contract.pdf", content.Length, cancellationToken);
        var demo = DemoWorkers.Create(agency, clauses, contract, clock.GetUtcNow());
        db.JobOrders.AddRange(demo.JobOrders);
        db.Workers.AddRange(demo.Workers);
        db.Deployments.AddRange(demo.Deployments);
        db.DepartureClearances.AddRange(demo.Clearances);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateUserAsync(DemoUsers.DemoUser demo, Guid? agencyId, string password)
    {
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = demo.Email,
            Email = demo.Email,
            EmailConfirmed = true,
            FullName = demo.FullName,
            AgencyId = agencyId,
            ProvinceCode = demo.Province,
            CountryCode = demo.Country,
            PanelSector = demo.Sector,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {demo.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(user, demo.Role);
    }

    private static string GeneratePassword() =>
        "Lc-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-9a";
}
