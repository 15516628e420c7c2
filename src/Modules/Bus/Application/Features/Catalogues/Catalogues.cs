using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Bus.Domain.Catalogues;

namespace Samverkan.Bus.Application.Features.Catalogues;

public sealed record CatalogueEntryDto(string Code, string Name, string Source, int? ScaleMax);

/// <summary>The entries of one catalogue (required parties, deviation categories, spider axes), by code.</summary>
internal sealed record ListCatalogue(string Catalogue) : IQuery<IReadOnlyList<CatalogueEntryDto>>;

/// <summary>Adds an entry to a catalogue, with where the value comes from; an entry's code is its key and never changes.</summary>
internal sealed record AddCatalogueEntry(string Catalogue, string Code, string Name, string Source, int? ScaleMax) : ICommand<string>;

internal sealed class ListCatalogueHandler(IBusDbContext db) : IQueryHandler<ListCatalogue, IReadOnlyList<CatalogueEntryDto>>
{
    public async Task<IReadOnlyList<CatalogueEntryDto>> Handle(ListCatalogue query, CancellationToken cancellationToken)
    {
        if (!CatalogueEntry.Catalogues.Contains(query.Catalogue))
        {
            throw new NotFoundException($"No catalogue '{query.Catalogue}'.");
        }

        return [.. (await db.CatalogueAsync(query.Catalogue, cancellationToken)).Select(e => new CatalogueEntryDto(e.Code, e.Name, e.Source, e.ScaleMax))];
    }
}

internal sealed class AddCatalogueEntryHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<AddCatalogueEntry, string>
{
    public async Task<string> Handle(AddCatalogueEntry command, CancellationToken cancellationToken)
    {
        BusAccess.EnsureManager(user);
        if (!CatalogueEntry.Catalogues.Contains(command.Catalogue))
        {
            throw new NotFoundException($"No catalogue '{command.Catalogue}'.");
        }

        if ((await db.CatalogueAsync(command.Catalogue, cancellationToken)).Any(e => e.Code == command.Code))
        {
            throw new ConflictException($"The catalogue '{command.Catalogue}' has an entry '{command.Code}' already.");
        }

        db.CatalogueEntries.Add(new CatalogueEntry(command.Catalogue, command.Code, command.Name.Trim(), command.Source.Trim(), command.ScaleMax));
        return command.Code;
    }
}

internal sealed class AddCatalogueEntryValidator : AbstractValidator<AddCatalogueEntry>
{
    public AddCatalogueEntryValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(InputBounds.Code).Matches("^[a-z0-9-]+$").WithMessage("A code is lower-case letters, digits and hyphens.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Source).NotEmpty().MaximumLength(InputBounds.Line);
        RuleFor(c => c.ScaleMax).InclusiveBetween(2, 100);
    }
}
