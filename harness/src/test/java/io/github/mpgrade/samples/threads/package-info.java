/**
 * Plain Java thread programs, as students write them, for the agent's tests: the agent rewrites
 * classes of this package as it rewrites a student's (the harness's own are left alone).
 */
package io.github.mpgrade.samples.threads;
