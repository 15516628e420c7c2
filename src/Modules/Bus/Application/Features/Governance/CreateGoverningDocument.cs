using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Governance;

namespace Samverkan.Bus.Application.Features.Governance;

/// <summary>
/// A group adopts a local agreement or a local action plan for a period. Without an end the configured default
/// period applies and its source is recorded; an end given is the group's own choice. Periods of one group do not overlap.
/// </summary>
internal sealed record CreateGoverningDocument(
    Guid GroupId, string Kind, DateOnly PeriodFrom, DateOnly? PeriodTo, bool UsesCommonTemplate, IReadOnlyList<string> Priorities, DateOnly? ReportDueOn)
    : ICommand<Guid>;

internal sealed class CreateGoverningDocumentHandler(IBusDbContext db, ICurrentUser user, IOptions<GovernanceOptions> options) : ICommandHandler<CreateGoverningDocument, Guid>
{
    public const string ChosenByGroup = "Vald av BUS-gruppen";

    public async Task<Guid> Handle(CreateGoverningDocument command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        if (!group.ExistsOn(command.PeriodFrom))
        {
            throw new BusinessRuleViolationException("Group exists", $"The group did not exist on {command.PeriodFrom:yyyy-MM-dd}.");
        }

        var periodTo = command.PeriodTo ?? command.PeriodFrom.AddMonths(options.Value.PeriodMonths);
        var source = command.PeriodTo is null ? options.Value.PeriodSource : ChosenByGroup;
        var existing = await db.GoverningDocuments.AsNoTracking().Where(d => d.GroupId == group.Id).ToListAsync(cancellationToken);
        var overlapping = existing.FirstOrDefault(d => d.Overlaps(command.PeriodFrom, periodTo));
        if (overlapping is not null)
        {
            throw new ConflictException($"The group's governing document for {overlapping.PeriodFrom:yyyy-MM-dd} to {overlapping.PeriodTo:yyyy-MM-dd} overlaps that period.");
        }

        var document = new GoverningDocument(
            group.Id, command.Kind, command.PeriodFrom, periodTo, source, command.UsesCommonTemplate,
            [.. command.Priorities.Select(p => p.Trim())], command.ReportDueOn ?? periodTo);
        db.GoverningDocuments.Add(document);
        return document.Id;
    }
}

internal sealed class CreateGoverningDocumentValidator : AbstractValidator<CreateGoverningDocument>
{
    /// <summary>A plan has a handful of priorities; twenty keeps it one.</summary>
    public const int MaxPriorities = 20;

    public CreateGoverningDocumentValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.Priorities).NotNull();
        RuleFor(c => c.Priorities.Count).LessThanOrEqualTo(MaxPriorities).OverridePropertyName("priorities")
            .WithMessage($"A governing document has at most {MaxPriorities} priorities.").When(c => c.Priorities is not null);
        RuleForEach(c => c.Priorities).NotEmpty().MaximumLength(InputBounds.ShortText);
        RuleFor(c => c.PeriodTo).GreaterThan(c => c.PeriodFrom).When(c => c.PeriodTo is not null).WithMessage("The period ends after it starts.");
    }
}
