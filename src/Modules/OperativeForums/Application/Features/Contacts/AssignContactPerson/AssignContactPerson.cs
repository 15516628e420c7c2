using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Contracts;
using Samverkan.OperativeForums.Domain.Contacts;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Contacts.AssignContactPerson;

/// <summary>Designates (or changes) a school's contact person in a district's social services, from a date (today by default).</summary>
internal sealed record AssignContactPerson(Guid SchoolId, string DistrictCode, string ContactUserId, string ContactName, DateOnly? EffectiveFrom = null) : ICommand<Guid>;

internal sealed class AssignContactPersonHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<AssignContactPerson, Guid>
{
    public async Task<Guid> Handle(AssignContactPerson command, CancellationToken cancellationToken)
    {
        ForumAccess.EnsureCanManage(user, command.DistrictCode);
        await db.EnsureDistrictExistsAsync(command.DistrictCode, cancellationToken);
        var school = await db.FindOrganisationAsync(command.SchoolId, cancellationToken);
        if (school.Kind != OrganisationKinds.School || school.Districts.All(d => d.DistrictCode != command.DistrictCode))
        {
            throw new BusinessRuleViolationException("School in the district", $"{command.SchoolId} is not a school serving district '{command.DistrictCode}'.");
        }

        var current = await db.SchoolContactPersons
            .SingleOrDefaultAsync(c => c.SchoolId == command.SchoolId && c.DistrictCode == command.DistrictCode && c.EffectiveTo == null, cancellationToken);
        if (current is not null && current.ContactUserId == command.ContactUserId)
        {
            throw new ConflictException("That person is already the school's contact person.");
        }

        var effectiveFrom = command.EffectiveFrom ?? StockholmCalendar.Today(time);
        var assigned = SchoolContactPerson.Assign(current, command.SchoolId, command.DistrictCode, command.ContactUserId.Trim(), command.ContactName.Trim(), effectiveFrom);
        db.SchoolContactPersons.Add(assigned);
        db.AddIntegrationEvent(new SchoolContactPersonChanged
        {
            OccurredAt = time.GetUtcNow(),
            SchoolId = command.SchoolId,
            DistrictCode = command.DistrictCode,
            ContactUserId = assigned.ContactUserId,
            ContactName = assigned.ContactName,
            EffectiveFrom = effectiveFrom,
            PreviousContactUserId = current?.ContactUserId,
        });
        return assigned.Id;
    }
}
