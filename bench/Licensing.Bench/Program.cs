using System.Globalization;
using Licensing.Bench;
using Licensing.Bench.Generation;

// Usage (see bench/README.md):
//   Licensing.Bench generate <connection-string> [scale]
//   Licensing.Bench <base-url> alert-latency [officers] [reports-per-second] [seconds]
//   Licensing.Bench <base-url> complaint-filing [filers] [seconds]
//   Licensing.Bench <base-url> dashboards <data-size>
//   Licensing.Bench <base-url> sweeps <connection-string> <app-pid> <data-size>
if (args.ElementAtOrDefault(0) == "generate")
{
    Console.WriteLine(await Generator.RunAsync(args[1], Scale.Named(args.ElementAtOrDefault(2) ?? Scale.CambodiaX10.Name)));
    return;
}
var baseUrl = new Uri(args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5089");
var options = args.Skip(2).ToArray();
var result = args.ElementAtOrDefault(1) switch
{
    "alert-latency" => await AlertLatency.RunAsync(baseUrl, AlertLatency.Options.From(options)),
    "complaint-filing" => await ComplaintFiling.RunAsync(baseUrl, ComplaintFiling.Options.From(options)),
    "dashboards" => await Dashboards.RunAsync(baseUrl, options[0]),
    "sweeps" => await new Sweeps(baseUrl, options[0], int.Parse(options[1], CultureInfo.InvariantCulture)).RunAsync(options[2]),
    var other => throw new ArgumentException($"Unknown scenario '{other}'."),
};
Console.WriteLine(result);
