# A python3 workload for make bench: interpreter dispatch, dicts, strings,
# json, big integers, hashing. Prints one checksum line; the same under
# every interpreter of the same Python version.
import hashlib
import json


def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\0\0"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i, v in enumerate(sieve) if v]


def words(n):
    counts = {}
    state = 12345
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = "w%d" % (state % 5000)
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]


def main():
    h = hashlib.sha256()
    p = primes(300000)
    h.update(str(sum(p)).encode())
    top = words(400000)
    doc = {"top": top, "fact": str(1 << 4000), "nested": [{"i": i, "s": str(i) * 3} for i in range(20000)]}
    for _ in range(5):
        doc = json.loads(json.dumps(doc, sort_keys=True))
    h.update(json.dumps(doc, sort_keys=True).encode())
    fib = [0, 1]
    for _ in range(3000):
        fib.append(fib[-1] + fib[-2])
    h.update(str(fib[-1] % (10 ** 50)).encode())
    print("python3 checksum", h.hexdigest()[:16])


main()
