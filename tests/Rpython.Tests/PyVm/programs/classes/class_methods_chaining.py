# Methods returning self allow chaining; a builder pattern.
class Query:
    def __init__(self, table):
        self.table, self.conds, self.order, self.lim = table, [], None, None
    def where(self, cond):
        self.conds.append(cond)
        return self
    def order_by(self, col):
        self.order = col
        return self
    def limit(self, n):
        self.lim = n
        return self
    def __str__(self):
        s = "SELECT * FROM " + self.table
        if self.conds:
            s += " WHERE " + " AND ".join(self.conds)
        if self.order:
            s += " ORDER BY " + self.order
        if self.lim is not None:
            s += " LIMIT %d" % self.lim
        return s
print(Query("users"))
print(Query("users").where("age > 30").where("name LIKE 'a%'").order_by("name").limit(5))
