module io.ecskit/benchmarks/load

go 1.22
