using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Bus.Application.Features.Groups.CreateGroup;

namespace Samverkan.Bus.Application.Features.Groups.ChangeCoverage;

/// <summary>From a date the group covers exactly these areas; the periods before it are kept as they were (docs/adr/0017).</summary>
internal sealed record ChangeCoverage(Guid GroupId, DateOnly From, IReadOnlyList<AreaInput> Areas) : ICommand<Guid>;

internal sealed class ChangeCoverageHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<ChangeCoverage, Guid>
{
    public async Task<Guid> Handle(ChangeCoverage command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureManager(user);
        group.ChangeCoverage(command.From, command.Areas.ToCoverage());
        await db.EnsureNoOtherGroupCoversAsync(group, cancellationToken);
        return group.Id;
    }
}

internal sealed class ChangeCoverageValidator : AbstractValidator<ChangeCoverage>
{
    public ChangeCoverageValidator()
    {
        RuleFor(c => c.Areas).NotEmpty().WithMessage("A BUS group covers at least one area; close it instead.");
        RuleForEach(c => c.Areas).SetValidator(new AreaInputValidator());
    }
}
