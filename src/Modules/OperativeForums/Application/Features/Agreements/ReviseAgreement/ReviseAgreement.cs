using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.OperativeForums.Application.Features.Agreements.RegisterAgreement;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Agreements;

namespace Samverkan.OperativeForums.Application.Features.Agreements.ReviseAgreement;

/// <summary>Records a revision: the open revision deadline is met (late, if it was breached) and the next one opens.</summary>
internal sealed record ReviseAgreement(Guid AgreementId, DateOnly? RevisedOn = null, string? Note = null) : ICommand<Guid>;

internal sealed class ReviseAgreementHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ReviseAgreement, Guid>
{
    public async Task<Guid> Handle(ReviseAgreement command, CancellationToken cancellationToken)
    {
        var agreement = await db.CollaborationAgreements.SingleOrDefaultAsync(a => a.Id == command.AgreementId, cancellationToken);
        if (agreement is null || !ForumAccess.CanSee(user, agreement.DistrictCode))
        {
            throw new NotFoundException($"No agreement {command.AgreementId}.");
        }

        ForumAccess.EnsureCanManage(user, agreement.DistrictCode);
        var today = StockholmCalendar.Today(time);
        agreement.Revise(command.RevisedOn ?? today, command.Note?.Trim(), today);

        var now = time.GetUtcNow();
        var due = await db.Deadlines
            .Where(d => d.SubjectId == agreement.Id && d.Kind == CollaborationAgreement.RevisionDeadlineKind
                && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        due.ForEach(d => d.Meet(now));
        db.Deadlines.Add(RegisterAgreementHandler.RevisionDeadline(agreement, now));
        return agreement.Id;
    }
}
