// These tests start and stop hosts of their own, one after another. FastEndpoints keeps one service provider per process
// (the last host built), so a host stopped here would break requests and validators of any host another test runs at the
// same time: hence an assembly of their own, its tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
