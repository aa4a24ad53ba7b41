namespace Licensing.Application.Users;

/// <summary>A user as people and notices reach them: the inbox's id, the e-mail, the name people read, and the language to write to them in.</summary>
public sealed record UserContact(Guid Id, string Email, string FullName, string Language)
{
    /// <summary>The name to show; the e-mail for a user who has none.</summary>
    public string Name => string.IsNullOrWhiteSpace(FullName) ? Email : FullName;
}
