using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes.RegisterIntake;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.RegisterDirectIntake;

/// <summary>
/// A report a social worker registers from any reporter (police, health care, preschool, a private person,
/// an anonymous caller, the child themself...), received at a past moment through a channel. The child is named by
/// personnummer or samordningsnummer, or left "not yet known" with a description.
/// </summary>
internal sealed record RegisterDirectIntake(
    string DistrictCode, DateTimeOffset ReceivedAt, string Channel, string ReporterKind, string? ReporterOrganisationName, string? ContactName,
    string? ContactPhone, string? ContactEmail, string? ChildIdentityNumber, string? ChildDescription) : ICommand<Guid>;

internal sealed class RegisterDirectIntakeHandler(ISocialServicesDbContext db, CaseAccess access, IntakeRegistrar registrar, TimeProvider time)
    : ICommandHandler<RegisterDirectIntake, Guid>
{
    public async Task<Guid> Handle(RegisterDirectIntake command, CancellationToken cancellationToken)
    {
        if (!access.IsSocialServicesOf(command.DistrictCode))
        {
            throw new ForbiddenException($"You do not act for social services in district '{command.DistrictCode}'.");
        }

        var number = string.IsNullOrWhiteSpace(command.ChildIdentityNumber)
            ? null
            : PersonalIdentityNumber.Parse(command.ChildIdentityNumber, StockholmCalendar.Today(time));
        var child = new ChildIdentity(number?.Value, IdentityNumberKinds.Of(number), command.ChildDescription);
        // Social services' own key for the child: the one an earlier report of the same number in the district got.
        var childId = number is null
            ? Guid.NewGuid()
            : await db.Intakes
                .Where(i => i.ChildIdentityNumber == number.Value && i.DistrictCode == command.DistrictCode)
                .Select(i => (Guid?)i.PupilId)
                .FirstOrDefaultAsync(cancellationToken) ?? Guid.NewGuid();
        var reporter = new DirectReporter(command.ReporterKind, command.ReporterOrganisationName, command.ContactName, command.ContactPhone, command.ContactEmail);
        var openInvestigation = await registrar.OpenInvestigationOfAsync(childId, command.DistrictCode, cancellationToken);
        var intake = Intake.RegisterDirect(childId, command.DistrictCode, reporter, command.Channel, child, command.ReceivedAt, openInvestigation);
        await registrar.AddAsync(intake, cancellationToken);
        return intake.Id;
    }
}
