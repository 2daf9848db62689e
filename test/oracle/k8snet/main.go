// Command k8snet answers address questions with upstream k8s.io/utils/net, as a test oracle for
// src/domain/net (see src/domain/net/oracle.test.ts and docs/fidelity.md). It reads one JSON
// request per line on stdin, {"op":"ip"|"cidr"|"ips"|"cidrs","input":"..."}, where ips and cidrs
// take a comma-separated list, and writes one JSON answer per line on stdout, flushing after each
// batch of input that is already buffered so a caller may pipeline many lines.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	netutils "k8s.io/utils/net"
)

type request struct {
	Op    string `json:"op"`
	Input string `json:"input"`
}

type answer struct {
	Op    string `json:"op"`
	Input string `json:"input"`
	Valid bool   `json:"valid"`
	// Family is "ipv4", "ipv6" or "" (IPFamilyOf on the address, or on the network for a CIDR).
	Family string `json:"family,omitempty"`
	// Canonical is net.IP.String() or net.IPNet.String().
	Canonical string `json:"canonical,omitempty"`
	// HostBits tells whether a CIDR's address had bits set beyond its mask.
	HostBits bool `json:"hostBits,omitempty"`
	// AddressFamily is IPFamilyOfCIDRString: the family of a CIDR's address as written.
	AddressFamily string `json:"addressFamily,omitempty"`
	// DualStack and Error answer IsDualStackIPStrings / IsDualStackCIDRStrings.
	DualStack bool   `json:"dualStack,omitempty"`
	Error     string `json:"error,omitempty"`
}

func family(f netutils.IPFamily) string {
	switch f {
	case netutils.IPv4:
		return "ipv4"
	case netutils.IPv6:
		return "ipv6"
	}
	return ""
}

func answerOf(req request) answer {
	a := answer{Op: req.Op, Input: req.Input}
	switch req.Op {
	case "ip":
		ip := netutils.ParseIPSloppy(req.Input)
		if ip != nil {
			a.Valid = true
			a.Family = family(netutils.IPFamilyOf(ip))
			a.Canonical = ip.String()
		}
	case "cidr":
		ip, ipnet, err := netutils.ParseCIDRSloppy(req.Input)
		if err == nil {
			a.Valid = true
			a.Family = family(netutils.IPFamilyOfCIDR(ipnet))
			a.Canonical = ipnet.String()
			a.HostBits = !ip.Mask(ipnet.Mask).Equal(ip)
			a.AddressFamily = family(netutils.IPFamilyOfCIDRString(req.Input))
		} else {
			a.Error = err.Error()
		}
	case "ips", "cidrs":
		list := strings.Split(req.Input, ",")
		var dual bool
		var err error
		if req.Op == "ips" {
			dual, err = netutils.IsDualStackIPStrings(list)
		} else {
			dual, err = netutils.IsDualStackCIDRStrings(list)
		}
		a.Valid = err == nil
		a.DualStack = dual
		if err != nil {
			a.Error = err.Error()
		}
	default:
		a.Error = fmt.Sprintf("unknown op %q", req.Op)
	}
	return a
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "k8snet:", err)
	os.Exit(1)
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for {
		line, readErr := in.ReadString('\n')
		if line = strings.TrimSuffix(line, "\n"); line != "" {
			var req request
			if err := json.Unmarshal([]byte(line), &req); err != nil {
				req = request{Op: "bad-request", Input: line}
			}
			if err := enc.Encode(answerOf(req)); err != nil {
				fail(err)
			}
		}
		// Flush before blocking on a read, so a pipelining caller always gets every answer.
		if in.Buffered() == 0 || readErr != nil {
			if err := out.Flush(); err != nil {
				fail(err)
			}
		}
		if readErr != nil {
			if readErr == io.EOF {
				return
			}
			fail(readErr)
		}
	}
}
