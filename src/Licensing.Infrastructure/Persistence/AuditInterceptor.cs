using System.Text.Json;
using Licensing.Application.Abstractions;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenIddict.EntityFrameworkCore.Models;

namespace Licensing.Infrastructure.Persistence;

/// <summary>
/// Writes an audit line for every added, changed or deleted record in the same transaction as
/// the change, renews the concurrency version of changed aggregates, and refuses any attempt
/// to alter the audit trail itself.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> SecretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Version", "PinHash", "ClientSecret"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Audit(context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Audit(context);
        return ValueTask.FromResult(result);
    }

    private void Audit(DbContext context)
    {
        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State != EntityState.Added)
                {
                    throw new InvalidOperationException("The audit trail is append-only.");
                }
                continue;
            }
            // The OpenID Connect server's tokens and authorizations are audited as they are issued (RecordTokenIssued), without their payloads.
            if (entry.Entity is OutboxMessage or InboxItem or IdentityUserToken<Guid> or OpenIddictEntityFrameworkCoreToken or OpenIddictEntityFrameworkCoreAuthorization)
            {
                continue;
            }
            if (entry is { State: EntityState.Modified, Entity: AggregateRoot })
            {
                entry.Property(nameof(AggregateRoot.Version)).CurrentValue = Guid.NewGuid();
            }
            context.Add(new AuditEntry(now, user.UserId, user.Email, entry.State.ToString(), entry.Metadata.ClrType.Name, KeyOf(entry), ChangesOf(entry)));
        }
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static string ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretProperties.Contains(name) || property.Metadata.IsPrimaryKey()) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = property.CurrentValue;
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new[] { property.OriginalValue, property.CurrentValue };
                    break;
            }
        }
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                var name = complex.Metadata.Name + "." + property.Metadata.Name;
                if (entry.State == EntityState.Added) changes[name] = property.CurrentValue;
                else if (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    changes[name] = new[] { property.OriginalValue, property.CurrentValue };
            }
        }
        return JsonSerializer.Serialize(changes);
    }
}
