using FluentValidation;
using MediatR;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Email;

/// <summary>
/// Registers where notifications are e-mailed: a person sets their own work address; an administrator sets an
/// organisation's functional mailbox (for notifications to the organisation or a role in it).
/// </summary>
internal sealed record SetEmailAddress(string Address, Guid? OrganisationId = null) : ICommand<Unit>;

internal sealed class SetEmailAddressValidator : AbstractValidator<SetEmailAddress>
{
    public SetEmailAddressValidator() =>
        RuleFor(c => c.Address).NotEmpty().MaximumLength(InputBounds.Email).EmailAddress().WithMessage("Give an e-mail address, e.g. 'namn@stockholm.se'.");
}

internal sealed class SetEmailAddressHandler(INotificationsDbContext db, ICurrentUser user) : ICommandHandler<SetEmailAddress, Unit>
{
    public async Task<Unit> Handle(SetEmailAddress command, CancellationToken cancellationToken)
    {
        if (command.OrganisationId is not null && !user.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenException("Only an administrator sets an organisation's mailbox.");
        }

        var key = command.OrganisationId is { } organisation ? MailAddress.ForOrganisation(organisation) : MailAddress.ForUser(user.UserId);
        var existing = await db.MailAddresses.FindAsync([key], cancellationToken);
        if (existing is null)
        {
            db.MailAddresses.Add(new MailAddress(key, command.Address.Trim()));
        }
        else
        {
            existing.Address = command.Address.Trim();
        }

        return Unit.Value;
    }
}
