using Samverkan.BuildingBlocks.Domain.Identity;
using Ardalis.Specification;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.SchoolAttendance.Application.Mapping;
using Samverkan.SchoolAttendance.Domain.Pupils;

namespace Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;

public sealed record PupilSummaryDto(
    Guid Id, string PersonalIdentityNumber, string SchoolForm, bool HasProtectedIdentity, string HomeDistrictCode,
    [property: ValuesOf(typeof(IdentityNumberKinds))] string IdentityNumberKind);

internal sealed record ListPupils(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<PupilSummaryDto>>, IPagedQuery;

internal sealed class PupilsOfSchool : Specification<Pupil>
{
    /// <param name="school">Guid.Empty matches nobody.</param>
    public PupilsOfSchool(Guid school, IPagedQuery page)
    {
        Query.Where(p => p.SchoolId == school && school != Guid.Empty)
            .OrderBy(p => p.PersonalIdentityNumber)
            .Skip((page.Page - 1) * page.PageSize).Take(page.PageSize)
            .AsNoTracking();
    }
}

/// <summary>The pupils of the caller's own school (its principal, counsellors and teachers); anyone else gets an empty page.</summary>
internal sealed class ListPupilsHandler(ISchoolAttendanceDbContext db, ICurrentUser user, SchoolAttendanceMapping mapping)
    : IQueryHandler<ListPupils, Page<PupilSummaryDto>>
{
    /// <summary>School staff who see the school's pupils (teachers too); also what the API document says the endpoint requires.</summary>
    public static readonly string[] SchoolStaffRoles = [Roles.Principal, Roles.SchoolCounsellor, Roles.Teacher];

    public async Task<Page<PupilSummaryDto>> Handle(ListPupils query, CancellationToken cancellationToken)
    {
        var isSchoolStaff = SchoolStaffRoles.Any(user.IsInRole);
        var mine = new PupilsOfSchool(isSchoolStaff ? user.OrganisationId : Guid.Empty, query);
        var (items, total) = await db.Pupils.WithSpecification(mine)
            .ProjectToType<PupilSummaryDto>(mapping.Config)
            .ToListWithTotalAsync(db.Pupils.WithCriteriaOf(mine), query, cancellationToken);
        items.ForEach(pupil => db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "listed")));
        return new Page<PupilSummaryDto>(items, query.Page, query.PageSize, total);
    }
}
