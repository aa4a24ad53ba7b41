namespace Licensing.Bench.Generation;

/// <summary>Fictitious but plausible names, places and dates, from one seeded random source so a scale always gives the same data.</summary>
public sealed class Fake(int seed)
{
    private static readonly (string Km, string Latin)[] FamilyNames =
        [("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("លី", "Ly"), ("ស៊ុន", "Sun"), ("ម៉ៅ", "Mao"), ("គឹម", "Kim"), ("ពៅ", "Pov"), ("សៀង", "Sieng"), ("ឈឹម", "Chhim")];

    private static readonly (string Km, string Latin)[] GivenNames =
        [("ស្រីមុំ", "Sreymom"), ("ដារ៉ា", "Dara"), ("សុភា", "Sophea"), ("វណ្ណា", "Vanna"), ("ចន្ធូ", "Chanthou"), ("រតនា", "Ratana"), ("បុប្ផា", "Bopha"), ("វិចិត្រ", "Vichet"), ("សំណាង", "Samnang"), ("ពិសី", "Pisey"), ("សុខា", "Sokha"), ("ធីតា", "Thida")];

    private static readonly string[] Trades = ["Manpower", "Human Resources", "Recruitment", "Overseas Employment", "Workforce", "Labour Services"];

    public Random Random { get; } = new(seed);

    public (string Km, string Latin) PersonName()
    {
        var family = Pick(FamilyNames);
        var given = Pick(GivenNames);
        return ($"{family.Km} {given.Km}", $"{family.Latin} {given.Latin}");
    }

    public (string En, string Km) AgencyName(int index)
    {
        var trade = Pick(Trades);
        var founder = Pick(FamilyNames);
        return ($"{founder.Latin} {trade} {index:D4} Co., Ltd.", $"ក្រុមហ៊ុន {founder.Km} ជ្រើសរើសពលករ {index:D4} ឯ.ក");
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Picks by weight: the first items of a list ordered by importance come up more often.</summary>
    public T Skewed<T>(IReadOnlyList<T> items, double power = 2) => items[(int)(Math.Pow(Random.NextDouble(), power) * items.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public DateOnly DayBetween(DateOnly from, DateOnly to) => from.AddDays(Random.Next(to.DayNumber - from.DayNumber + 1));

    public DateTimeOffset MomentOn(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(Random.Next(60 * 1, 60 * 11));

    public string Phone() => $"+855 {Random.Next(10, 99)} {Random.Next(100_000, 999_999)}";
}
