// Command load is a lean keep-alive load client for ecskit server, moto and a trivial server on the same HTTP
// layer. It sends raw AWS JSON 1.1 requests (no SDK: the client's own cost stays out of the figures), interleaves
// the targets round by round, and prints requests per second, p50 and p99 per target, operation and connection
// count, with each target's rate as a ratio of the first one's.
//
// Run it through run.sh, which starts the three servers on free loopback ports.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const ecsPrefix = "AmazonEC2ContainerServiceV20141113."

type target struct {
	name, url string
	trivial   bool
}

type result struct {
	requests int64
	errors   int64
	seconds  float64
	p50, p99 time.Duration
}

func main() {
	targets := flag.String("targets", "", "name=url,... (a target named trivial answers the first target's bytes)")
	ops := flag.String("ops", "DescribeServices,ListServices,RegisterTaskDefinition", "operations to measure")
	conns := flag.String("conns", "1,16", "connection counts")
	duration := flag.Duration("duration", 3*time.Second, "length of one measurement")
	rounds := flag.Int("rounds", 3, "rounds; targets are interleaved within each round")
	warmup := flag.Duration("warmup", 5*time.Second, "unmeasured load on each target before an operation is measured (JIT)")
	services := flag.String("services", "10", "services in the cluster, one scale step after another (e.g. 10,1000,10000)")
	createBatch := flag.Int("create-batch", 100, "CreateService calls timed at each scale step (0: none)")
	setup := flag.Bool("setup", true, "create the cluster, definition and services first (false: they exist)")
	slowloris := flag.Int("slowloris", 0, "after the tables: one client's latency with and without this many slowloris connections open")
	flag.Parse()

	var ts []target
	for _, t := range strings.Split(*targets, ",") {
		kv := strings.SplitN(t, "=", 2)
		ts = append(ts, target{name: kv[0], url: kv[1], trivial: kv[0] == "trivial"})
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, MaxConnsPerHost: 64, DisableCompression: true},
		Timeout: 120 * time.Second}

	for _, t := range ts {
		if !t.trivial && *setup {
			must(call(client, t.url, "CreateCluster", `{"clusterName":"bench"}`))
			must(call(client, t.url, "RegisterTaskDefinition", registerBody))
		}
	}
	have := 0
	for _, step := range strings.Split(*services, ",") {
		want, _ := strconv.Atoi(step)
		fmt.Printf("\n## %d services in the cluster\n\n", want)
		if *createBatch > 0 && want > have {
			fmt.Println("| target | CreateService ms per call (batch) |")
			fmt.Println("|---|---|")
		}
		for _, t := range ts {
			if t.trivial || !*setup {
				continue
			}
			// grow the cluster to the step, timing the last batch of creates
			start := time.Now()
			timed := 0
			for i := have; i < want; i++ {
				if i == want-*createBatch {
					start, timed = time.Now(), 0
				}
				must(call(client, t.url, "CreateService", fmt.Sprintf(`{"cluster":"bench","serviceName":"svc-%05d","taskDefinition":"bench","desiredCount":0,"launchType":"EC2"}`, i)))
				timed++
			}
			if timed > 0 && *createBatch > 0 {
				fmt.Printf("| %s | %.3f (%d) |\n", t.name, float64(time.Since(start).Microseconds())/1000/float64(timed), timed)
			}
		}
		have = want
		fmt.Println()
		fmt.Println("| op | conns | target | req/s | p50 µs | p99 µs | errors | rate / " + ts[0].name + " |")
		fmt.Println("|---|---|---|---|---|---|---|---|")
		for _, op := range strings.Split(*ops, ",") {
			body := bodyOf(op)
			// the trivial server answers exactly what the first target answers
			for _, t := range ts {
				if t.trivial {
					answer, err := call(client, ts[0].url, op, body)
					must(answer, err)
					req, _ := http.NewRequest("PUT", t.url+"/_body/"+ecsPrefix+op, bytes.NewReader(answer))
					resp, err := client.Do(req)
					must(nil, err)
					resp.Body.Close()
				}
			}
			for _, t := range ts {
				measure(t.url, op, body, 4, *warmup)
			}
			for _, c := range strings.Split(*conns, ",") {
				n, _ := strconv.Atoi(c)
				sums := make([][]result, len(ts))
				for r := 0; r < *rounds; r++ {
					for i, t := range ts {
						sums[i] = append(sums[i], measure(t.url, op, body, n, *duration))
					}
				}
				base := best(sums[0]).rate()
				for i, t := range ts {
					b := best(sums[i])
					fmt.Printf("| %s | %d | %s | %.0f | %d | %d | %d | %.2f |\n", op, n, t.name, b.rate(),
						b.p50.Microseconds(), b.p99.Microseconds(), b.errors, b.rate()/base)
				}
			}
		}
	}
	if *slowloris > 0 {
		underSlowloris(ts, strings.Split(*ops, ",")[0], *slowloris, *duration, *rounds)
	}
}

// underSlowloris measures one keep-alive client on op against each target, then again while n connections dribble
// a request's headers a byte every 5 s (reconnecting when the server closes them), interleaved round by round.
func underSlowloris(ts []target, op string, n int, d time.Duration, rounds int) {
	fmt.Printf("\n## %s, 1 connection, with %d slowloris connections open\n\n", op, n)
	fmt.Println("| target | slowloris | req/s | p50 µs | p99 µs | errors | p99 / without |")
	fmt.Println("|---|---|---|---|---|---|---|")
	body := bodyOf(op)
	for _, t := range ts {
		if t.trivial {
			continue
		}
		var quiet, loaded []result
		for r := 0; r < rounds; r++ {
			quiet = append(quiet, measure(t.url, op, body, 1, d))
			stop := make(chan struct{})
			var wg sync.WaitGroup
			for i := 0; i < n; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					dribble(t.url, stop)
				}()
			}
			time.Sleep(3 * time.Second) // let them connect and start dribbling
			loaded = append(loaded, measure(t.url, op, body, 1, d))
			close(stop)
			wg.Wait()
		}
		q, l := median(quiet), median(loaded)
		fmt.Printf("| %s | 0 | %.0f | %d | %d | %d | 1.00 |\n", t.name, q.rate(), q.p50.Microseconds(), q.p99.Microseconds(), q.errors)
		fmt.Printf("| %s | %d | %.0f | %d | %d | %d | %.2f |\n", t.name, n, l.rate(), l.p50.Microseconds(), l.p99.Microseconds(), l.errors,
			float64(l.p99)/float64(q.p99))
	}
}

// dribble holds one connection open by sending a request's headers one byte every 5 s, reconnecting when closed.
func dribble(url string, stop chan struct{}) {
	host := strings.TrimPrefix(url, "http://")
	header := "POST / HTTP/1.1\r\nHost: " + host + "\r\nX-Amz-Target: " + ecsPrefix + "ListClusters\r\nX-Slow: "
	for {
		conn, err := net.DialTimeout("tcp", host, 5*time.Second)
		if err != nil {
			select {
			case <-stop:
				return
			case <-time.After(time.Second):
				continue
			}
		}
		_, err = conn.Write([]byte(header))
		for err == nil {
			select {
			case <-stop:
				conn.Close()
				return
			case <-time.After(5 * time.Second):
				_, err = conn.Write([]byte("a"))
			}
		}
		conn.Close()
	}
}

// median is the middle round by p99 (a slow round says as much as a fast one here).
func median(rs []result) result {
	sort.Slice(rs, func(i, j int) bool { return rs[i].p99 < rs[j].p99 })
	return rs[len(rs)/2]
}

// best is the round with the highest rate: the others lost time to something outside the server.
func best(rs []result) result {
	sort.Slice(rs, func(i, j int) bool { return rs[i].rate() > rs[j].rate() })
	return rs[0]
}

func (r result) rate() float64 { return float64(r.requests) / r.seconds }

const registerBody = `{"family":"bench","networkMode":"bridge","containerDefinitions":[{"name":"web","image":"nginx:1.27","memory":128,"essential":true,"portMappings":[{"containerPort":80,"hostPort":0}]}]}`

func bodyOf(op string) string {
	switch op {
	case "DescribeServices":
		names := make([]string, 10)
		for i := range names {
			names[i] = fmt.Sprintf(`"svc-%05d"`, i)
		}
		return `{"cluster":"bench","services":[` + strings.Join(names, ",") + `]}`
	case "ListServices":
		return `{"cluster":"bench"}`
	case "RegisterTaskDefinition":
		return registerBody
	}
	panic("unknown operation " + op)
}

func measure(url, op, body string, conns int, d time.Duration) result {
	transport := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	client := &http.Client{Transport: transport, Timeout: 60 * time.Second}
	defer transport.CloseIdleConnections()
	var stop atomic.Bool
	var errors int64
	lat := make([][]time.Duration, conns)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < conns; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			own := make([]time.Duration, 0, 1<<16)
			for !stop.Load() {
				t0 := time.Now()
				_, err := call(client, url, op, body)
				own = append(own, time.Since(t0))
				if err != nil {
					atomic.AddInt64(&errors, 1)
				}
			}
			lat[w] = own
		}(w)
	}
	time.Sleep(d)
	stop.Store(true)
	wg.Wait()
	elapsed := time.Since(start).Seconds()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	r := result{requests: int64(len(all)), errors: errors, seconds: elapsed}
	if len(all) > 0 {
		r.p50 = all[len(all)/2]
		r.p99 = all[len(all)*99/100]
	}
	return r
}

func call(client *http.Client, url, op, body string) ([]byte, error) {
	req, err := http.NewRequest("POST", url+"/", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", ecsPrefix+op)
	req.Header.Set("X-Amz-Date", "20261207T000000Z")
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261207/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=0")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		var e map[string]any
		_ = json.Unmarshal(answer, &e)
		return answer, fmt.Errorf("%s: HTTP %d %v", op, resp.StatusCode, e)
	}
	return answer, nil
}

func must(_ []byte, err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
