/**
 * Reading CSV files into an immutable, columnar {@code Table}: dialect detection, type inference,
 * per-column summaries and precise error messages. Depends on nothing else in the project.
 */
package org.mlpworkbench.data;
