using Microsoft.EntityFrameworkCore;

namespace Samverkan.UnitTests.Specifications;

// A small model for the evaluator's SQL: a collection, then references, so every kind of include is exercised.
internal sealed class Shelf
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<Book> Books { get; set; } = [];
}

internal sealed class Book
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public Author Author { get; set; } = null!;
}

internal sealed class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public Country Country { get; set; } = null!;
}

internal sealed class Country
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

/// <summary>The real Npgsql provider; ToQueryString needs it but opens no connection.</summary>
internal sealed class LibraryDbContext() : DbContext(new DbContextOptionsBuilder<LibraryDbContext>()
    .UseNpgsql("Host=unused.invalid;Database=unused").Options)
{
    public DbSet<Shelf> Shelves => Set<Shelf>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Shelf>().HasMany(s => s.Books).WithOne();
        modelBuilder.Entity<Book>().HasOne(b => b.Author).WithMany();
        modelBuilder.Entity<Author>().HasOne(a => a.Country).WithMany();
    }
}
