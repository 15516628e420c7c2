using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;

public sealed record PupilSummaryDto(Guid Id, string PersonalIdentityNumber, string SchoolForm, bool HasProtectedIdentity, string HomeDistrictCode);

internal sealed record ListPupils(int PageNumber = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<PupilSummaryDto>>, IPagedQuery;

/// <summary>The pupils of the caller's own school (its principal, counsellors and teachers); anyone else gets an empty page.</summary>
internal sealed class ListPupilsHandler(ISchoolAttendanceDbContext db, ICurrentUser user) : IQueryHandler<ListPupils, Page<PupilSummaryDto>>
{
    public async Task<Page<PupilSummaryDto>> Handle(ListPupils query, CancellationToken cancellationToken)
    {
        var isSchoolStaff = user.IsInRole(Roles.Principal) || user.IsInRole(Roles.SchoolCounsellor) || user.IsInRole(Roles.Teacher);
        var school = isSchoolStaff ? user.OrganisationId : Guid.Empty;
        var mine = db.Pupils.AsNoTracking().Where(p => p.SchoolId == school && school != Guid.Empty);
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderBy(p => p.PersonalIdentityNumber)
            .PageOf(query)
            .Select(p => new PupilSummaryDto(p.Id, p.PersonalIdentityNumber, p.SchoolForm, p.HasProtectedIdentity, p.HomeDistrictCode))
            .ToListAsync(cancellationToken);
        items.ForEach(pupil => db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "listed")));
        return new Page<PupilSummaryDto>(items, query.PageNumber, query.PageSize, total);
    }
}
