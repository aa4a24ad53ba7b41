namespace Licensing.Application.Abstractions;

/// <summary>Who is calling, and the scope their role binds them to.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    string? Email { get; }
    Guid? AgencyId { get; }
    string? ProvinceCode { get; }
    string? CountryCode { get; }
    bool IsInRole(string role);
}
