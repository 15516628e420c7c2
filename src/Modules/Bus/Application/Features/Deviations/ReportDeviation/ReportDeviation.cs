using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Application.Features.Deviations.ReportDeviation;

/// <summary>
/// Anyone in one of the group's parties reports a collaboration that failed, in a district the group covered
/// when it happened; the deviation starts with the reporter's own manager.
/// </summary>
internal sealed record ReportDeviation(
    Guid GroupId, string Category, string DistrictCode, IReadOnlyList<Guid> ConcernedOrganisationIds, string Description, DateOnly OccurredOn, DateOnly? RespondBy)
    : ICommand<Guid>;

internal sealed class ReportDeviationHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReportDeviation, Guid>
{
    public async Task<Guid> Handle(ReportDeviation command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        await db.EnsureCategoryAsync(command.Category, cancellationToken);
        if (!group.CoversDistrictOn(command.DistrictCode, command.OccurredOn))
        {
            throw new BusinessRuleViolationException("District of the group", $"The group did not cover the district '{command.DistrictCode}' on {command.OccurredOn:yyyy-MM-dd}.");
        }

        var deviation = Deviation.Report(
            group.Id, command.Category, command.DistrictCode, user.OrganisationId, command.ConcernedOrganisationIds, command.Description.Trim(),
            command.OccurredOn, StockholmCalendar.Today(time), user.UserId, command.RespondBy);
        db.Deviations.Add(deviation);
        return deviation.Id;
    }
}

internal static class DeviationCategories
{
    /// <summary>The category of deviations that arrive from a SIP (built in: <see cref="BuiltInCatalogue"/>).</summary>
    public const string FromSip = "sip-collaboration-failed";

    public static async Task EnsureCategoryAsync(this IBusDbContext db, string code, CancellationToken cancellationToken)
    {
        if (!(await db.CatalogueAsync(CatalogueEntry.DeviationCategories, cancellationToken)).Any(e => e.Code == code))
        {
            throw new BusinessRuleViolationException("Known category", $"'{code}' is not a deviation category (catalogue {CatalogueEntry.DeviationCategories}).");
        }
    }
}

internal sealed class ReportDeviationValidator : AbstractValidator<ReportDeviation>
{
    /// <summary>A failed collaboration concerns a few organisations; twenty holds every party of a group.</summary>
    public const int MaxConcerned = 20;

    public ReportDeviationValidator()
    {
        RuleFor(c => c.Category).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(InputBounds.Text);
        RuleFor(c => c.ConcernedOrganisationIds).NotEmpty().WithMessage("Name at least one organisation the deviation concerns.");
        RuleFor(c => c.ConcernedOrganisationIds.Count).LessThanOrEqualTo(MaxConcerned).OverridePropertyName("concernedOrganisationIds")
            .WithMessage($"A deviation concerns at most {MaxConcerned} organisations.").When(c => c.ConcernedOrganisationIds is not null);
    }
}
