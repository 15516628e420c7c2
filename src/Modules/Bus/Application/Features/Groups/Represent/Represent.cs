using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.Bus.Application.Features.Groups.Represent;

/// <summary>Who represents a required party in the group; without a representative's name the seat is empty again.</summary>
internal sealed record FillSeat(Guid GroupId, string PartyKind, Guid? OrganisationId, string? RepresentativeName, DateOnly? Since) : ICommand<Guid>;

/// <summary>Where an independent school or preschool stands with the group: invited, in dialogue, represented or declined.</summary>
internal sealed record TrackIndependentProvider(Guid GroupId, Guid OrganisationId, string Name, string Kind, string Status, DateOnly? Since) : ICommand<Guid>;

internal sealed class FillSeatHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<FillSeat, Guid>
{
    public async Task<Guid> Handle(FillSeat command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureManager(user);
        var name = string.IsNullOrWhiteSpace(command.RepresentativeName) ? null : command.RepresentativeName.Trim();
        group.Represent(command.PartyKind, command.OrganisationId, name, command.Since ?? StockholmCalendar.Today(time));
        return group.Id;
    }
}

internal sealed class TrackIndependentProviderHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<TrackIndependentProvider, Guid>
{
    public async Task<Guid> Handle(TrackIndependentProvider command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureManager(user);
        group.TrackIndependentProvider(command.OrganisationId, command.Name.Trim(), command.Kind, command.Status, command.Since ?? StockholmCalendar.Today(time));
        return group.Id;
    }
}

internal sealed class FillSeatValidator : AbstractValidator<FillSeat>
{
    public FillSeatValidator()
    {
        RuleFor(c => c.PartyKind).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.RepresentativeName).MaximumLength(InputBounds.Name);
        RuleFor(c => c.OrganisationId).NotNull().When(c => !string.IsNullOrWhiteSpace(c.RepresentativeName))
            .WithMessage("A representative acts for an organisation: name it.");
    }
}

internal sealed class TrackIndependentProviderValidator : AbstractValidator<TrackIndependentProvider>
{
    public TrackIndependentProviderValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Kind).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.Status).NotEmpty().MaximumLength(InputBounds.Code);
    }
}
