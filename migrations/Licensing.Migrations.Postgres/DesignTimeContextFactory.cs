using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Licensing.Migrations.Postgres;

/// <summary>What `dotnet ef` builds the model with for this assembly's migrations; it never opens the connection to add one.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<LicensingDbContext>
{
    public LicensingDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<LicensingDbContext>()
        .UseLicensingDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=licensing_design_time" })
        .Options);
}
