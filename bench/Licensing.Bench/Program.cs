using Licensing.Bench;

// Usage: Licensing.Bench <base-url> <scenario> [options]; see bench/README.md.
var baseUrl = new Uri(args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5089");
var scenario = args.ElementAtOrDefault(1) ?? "alert-latency";
var result = scenario switch
{
    "alert-latency" => await AlertLatency.RunAsync(baseUrl, AlertLatency.Options.From(args.Skip(2).ToArray())),
    _ => throw new ArgumentException($"Unknown scenario '{scenario}'."),
};
Console.WriteLine(result);
