using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Licensing.Infrastructure.Persistence;

/// <summary>Stores an instant as a UTC DateTime, which SQLite can order and compare as text.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
