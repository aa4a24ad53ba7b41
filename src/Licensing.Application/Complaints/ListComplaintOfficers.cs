using Licensing.Application.Abstractions;
using Licensing.Application.Users;

namespace Licensing.Application.Complaints;

/// <summary>The officers of the desk handling a complaint: those its supervisor may assign it to.</summary>
public static class ListComplaintOfficers
{
    public sealed record Officer(Guid Id, string Name);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory)
    {
        public async Task<IReadOnlyList<Officer>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            return (await directory.DeskAsync(complaint.Desk, complaint.Complainant.ProvinceCode, cancellationToken)).Select(o => new Officer(o.Id, o.Name)).ToList();
        }
    }
}
