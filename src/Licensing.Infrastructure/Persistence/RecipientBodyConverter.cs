using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Licensing.Infrastructure.Persistence;

/// <summary>Stores a recipient body as its key ("embassy:TH", "interior", "ministry").</summary>
public sealed class RecipientBodyConverter() : ValueConverter<RecipientBody, string>(body => body.Key, key => Read(key))
{
    private static RecipientBody Read(string key) =>
        RecipientBody.Parse(key) ?? throw new InvalidOperationException($"'{key}' stored as a recipient body names none.");
}
